package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidInputExceptionTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "\n\t", "\u3000" })
    void a_missing_or_blank_text_is_refused_for_its_field_with_its_message(String text) {
        assertThatThrownBy(() -> InvalidInputException.requireText(text, "comment", "validation.plan.returnComment"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessageKeys())
                        .isEqualTo(Map.of("comment", "validation.plan.returnComment")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "x", " Thiếu số liệu tháng 3 " })
    void a_text_passes(String text) {
        assertThatCode(() -> InvalidInputException.requireText(text, "comment", "validation.required"))
                .doesNotThrowAnyException();
    }
}
