package vn.khaosat.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Gives every new UI the user's language before the first view is built. */
@Component
class LanguageInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                init.getUI().setLocale(Languages.forRequest(init.getUI().getSession(), VaadinRequest.getCurrent())));
    }
}
