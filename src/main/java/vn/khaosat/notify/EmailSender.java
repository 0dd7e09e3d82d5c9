package vn.khaosat.notify;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through Spring Boot's mail sender, which exists only when {@code spring.mail.host}
 * ({@code SPRING_MAIL_HOST}) is set: without it mail is off and the inbox is the only channel.
 */
@Component
class EmailSender implements MessageSender {

    static final String CHANNEL = "EMAIL";
    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String fromName;

    EmailSender(ObjectProvider<JavaMailSender> mail, @Value("${app.mail.from}") String from,
            @Value("${app.mail.from-name}") String fromName) {
        this.mail = mail;
        this.from = from;
        this.fromName = fromName;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (available()) {
            log.info("Mail: on, from {} (task, deadline and decision mails go through the outbox)", from);
        } else {
            log.info("Mail: off, no SPRING_MAIL_HOST set; alerts and tasks are shown in the inbox only");
        }
    }

    @Override
    public void send(OutboxEntry message) throws Exception {
        JavaMailSender sender = mail.getObject();
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null || message.attachment() != null,
                "UTF-8");
        helper.setFrom(from, fromName);
        helper.setTo(message.address());
        helper.setSubject(message.subject());
        if (message.html() != null) {
            helper.setText(message.text(), message.html());
        } else {
            helper.setText(message.text());
        }
        if (message.attachment() != null) {
            helper.addAttachment(message.attachmentName(), new ByteArrayResource(message.attachment()),
                    message.attachmentType());
        }
        // the outbox id travels with the mail, so a receiving system (and the tests) can tell one from a double
        mime.setHeader("X-Khaosat-Outbox-Id", String.valueOf(message.id()));
        sender.send(mime);
    }
}
