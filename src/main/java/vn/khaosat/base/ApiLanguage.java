package vn.khaosat.base;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The language of an API answer: English with {@code Accept-Language: en…} (any case), Vietnamese otherwise. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
    }
}
