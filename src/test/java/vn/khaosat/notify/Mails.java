package vn.khaosat.notify;

import java.io.InputStream;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what the tests' SMTP server received: a text part, an attachment. */
public final class Mails {

    private Mails() {
    }

    /** The text of the mail's part of that type (multipart/alternative inside multipart/mixed). */
    public static String part(MimeMessage mail, String type) throws Exception {
        BodyPart part = find(mail.getContent(), p -> p.isMimeType(type) && p.getFileName() == null);
        return part == null ? null : (String) part.getContent();
    }

    /** The bytes of the attachment with that file name. */
    public static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
        BodyPart part = find(mail.getContent(), p -> fileName.equals(p.getFileName()));
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private interface PartTest {
        boolean matches(Part part) throws Exception;
    }

    private static BodyPart find(Object content, PartTest test) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (test.matches(part)) {
                    return part;
                }
                BodyPart inner = find(part.getContent(), test);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
