package vn.khaosat.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.khaosat.base.AppTime;

/**
 * The words of each mail, in the recipient's language, as plain text and as simple HTML (the same
 * paragraphs, links clickable). Subjects carry the commune and the period, so a clerk's mailbox
 * sorts itself.
 */
@Component
class MailTexts {

    /** A mail's words before it has a recipient's address. */
    record Mail(String subject, String text, String html) {
    }

    /** A task as a mail lists it. */
    record TaskMention(String taskId, String name, String communeName, String period, Instant due, String route) {
    }

    private final MessageSource messages;
    private final String publicUrl;

    MailTexts(MessageSource messages, @Value("${app.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Mail newTasks(String fullName, Locale locale, List<TaskMention> tasks) {
        String communes = String.join(", ", tasks.stream().map(TaskMention::communeName).filter(n -> !n.isBlank())
                .distinct().toList());
        String subject = t(locale, "mail.newTasks.subject", tasks.size(), communes.isEmpty() ? "" : communes);
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.of(t(locale, "mail.greeting", fullName)));
        body.add(Paragraph.of(t(locale, "mail.newTasks.intro")));
        for (TaskMention task : tasks) {
            body.add(new Paragraph(line(locale, task), link(task.route())));
        }
        return compose(locale, subject, body);
    }

    Mail task(NotificationKind kind, String fullName, Locale locale, TaskMention task) {
        String prefix = kind == NotificationKind.DUE_TOMORROW ? "mail.dueTomorrow" : "mail.overdue";
        String subject = t(locale, prefix + ".subject", task.name(), where(locale, task));
        return compose(locale, subject, List.of(Paragraph.of(t(locale, "mail.greeting", fullName)),
                Paragraph.of(t(locale, prefix + ".intro", date(task.due()))),
                new Paragraph(line(locale, task), link(task.route()))));
    }

    /** An alert passed on by mail: its inbox text is the mail's message. */
    Mail alert(NotificationKind kind, String fullName, Locale locale, String unitName, String messageKey,
            List<String> args, String route) {
        String text = messages.getMessage(messageKey, args.toArray(), messageKey, locale);
        String subject = t(locale, "mail.alert.subject", t(locale, "notify.kind." + kind.name()), unitName, text);
        return compose(locale, subject, List.of(Paragraph.of(t(locale, "mail.greeting", fullName)),
                Paragraph.of(unitName + ": " + text), new Paragraph(t(locale, "mail.inbox"), link(route == null ? "" : route))));
    }

    /** A letter written by a feature (the district digest), with the common greeting and footer. */
    Mail letter(Locale locale, String fullName, Letter letter) {
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.of(t(locale, "mail.greeting", fullName)));
        letter.paragraphs().forEach(p -> body.add(new Paragraph(p.text(), p.route() == null ? null : link(p.route()))));
        return compose(locale, letter.subject(), body);
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String link(String route) {
        return publicUrl + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }

    private String line(Locale locale, TaskMention task) {
        return task.due() == null ? t(locale, "mail.task.lineNoDue", task.name(), where(locale, task))
                : t(locale, "mail.task.line", task.name(), where(locale, task), date(task.due()));
    }

    /** The commune and, when the process is about one, the period. */
    private String where(Locale locale, TaskMention task) {
        return task.period().isBlank() ? task.communeName() : t(locale, "mail.where", task.communeName(), task.period());
    }

    private static String date(Instant instant) {
        return instant == null ? "" : AppTime.DATE_TIME.format(instant.atZone(AppTime.ZONE));
    }

    private Mail compose(Locale locale, String subject, List<Paragraph> body) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body style=\"font-family: Arial, sans-serif; font-size: 14px\">");
        for (Paragraph p : body) {
            text.append(p.text());
            html.append("<p>").append(HtmlUtils.htmlEscape(p.text()));
            if (p.link() != null) {
                text.append("\n").append(p.link());
                String href = HtmlUtils.htmlEscape(p.link());
                html.append("<br><a href=\"").append(href).append("\">").append(href).append("</a>");
            }
            text.append("\n\n");
            html.append("</p>");
        }
        String profile = link("profile");
        String footer = t(locale, "mail.footer", profile);
        text.append("-- \n").append(footer).append("\n");
        String escaped = HtmlUtils.htmlEscape(profile);
        html.append("<hr><p style=\"color: #666; font-size: 12px\">")
                .append(HtmlUtils.htmlEscape(footer).replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>"))
                .append("</p></body></html>");
        return new Mail(subject, text.toString(), html.toString());
    }

    /** A paragraph of a mail, optionally followed by a link. */
    record Paragraph(String text, String link) {
        static Paragraph of(String text) {
            return new Paragraph(text, null);
        }
    }
}
