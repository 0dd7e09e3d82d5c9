package vn.khaosat.base;

import java.text.Normalizer;

/**
 * Free text as it is stored: NFC (a kiosk's "ế" typed as e + two marks and one typed whole are the
 * same text, counted and searched alike), without control characters (a newline or tab stays) and
 * without lone surrogate halves, which MariaDB's utf8mb4 refuses or mangles.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The cleaned text; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < normalised.length()
                    && Character.isLowSurrogate(normalised.charAt(i + 1))) {
                clean.append(c).append(normalised.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                continue;
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                    || c == '\u200D') {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
