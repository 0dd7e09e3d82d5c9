package vn.khaosat.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/** Gives every new UI the user's language before the first view is built, and the page its {@code lang}. */
@Component
class LanguageInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                init.getUI().setLocale(Languages.forRequest(init.getUI().getSession(), VaadinRequest.getCurrent())));
        // screen readers pick their voice by the page's language (WCAG 3.1.1)
        event.addIndexHtmlRequestListener(page -> page.getDocument().selectFirst("html").attr("lang",
                Languages.forRequest(VaadinSession.getCurrent(), page.getVaadinRequest()).getLanguage()));
    }
}
