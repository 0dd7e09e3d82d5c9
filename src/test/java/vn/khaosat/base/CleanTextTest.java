package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CleanTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("marks typed apart", "Ca\u0301n bo\u0323\u0302", "C\u00e1n b\u1ed9"),
                Arguments.of("already NFC", "Cán bộ nhiệt tình", "Cán bộ nhiệt tình"),
                Arguments.of("NUL and bell", "a\u0000b\u0007c", "abc"),
                Arguments.of("carriage return, newline and tab", "a\r\nb\tc", "a\nb\tc"),
                Arguments.of("DEL and C1 controls", "a\u007fb\u0085c\u009bd", "abcd"),
                Arguments.of("lone high surrogate", "tốt\ud800", "tốt"),
                Arguments.of("lone low surrogate", "\udc4dtốt", "tốt"),
                Arguments.of("a pair reversed", "a\udc4d\ud83db", "ab"),
                Arguments.of("an emoji kept", "tốt \ud83d\udc4d", "tốt \ud83d\udc4d"),
                Arguments.of("bidi override and zero-width space", "a\u202eb\u200bc", "abc"),
                Arguments.of("a joined emoji kept", "\ud83d\udc68\u200d\ud83d\udc69", "\ud83d\udc68\u200d\ud83d\udc69"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void text_is_stored_in_nfc_without_control_characters_or_lone_surrogates(String what, String text,
            String clean) {
        assertThat(CleanText.of(text)).as(what).isEqualTo(clean);
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(CleanText.of(null)).isNull();
        assertThat(CleanText.of("")).isEmpty();
    }
}
