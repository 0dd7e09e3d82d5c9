package vn.khaosat.base.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees when a screen fails: a plain message, never a stack trace or SQL (ASVS 7.4.1).
 * A refusal by the tenant rule reads like a page that does not exist, so it tells nothing about
 * other units; anything else is logged with a code the user can quote.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Exception e = parameter.getCaughtException();
        boolean denied = e instanceof AccessDeniedException;
        if (denied) {
            message.setText(getTranslation("error.denied"));
        } else {
            String code = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("screen failed [{}] at /{}", code, event.getLocation().getPath(), e);
            message.setText(getTranslation("error.internal", code));
        }
        add(new H2(getTranslation("error.title")), message, new Anchor("", getTranslation("error.home")));
        return denied ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
