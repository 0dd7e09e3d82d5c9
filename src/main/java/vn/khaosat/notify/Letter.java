package vn.khaosat.notify;

import java.util.List;

/**
 * What a feature asks to be mailed (in one recipient's language): a subject, paragraphs each with an
 * optional screen route turned into a link, and an optional attachment. The greeting and footer are
 * added for each recipient.
 */
public record Letter(String subject, List<Paragraph> paragraphs, MessageDraft.Attachment attachment) {

    public record Paragraph(String text, String route) {
    }
}
