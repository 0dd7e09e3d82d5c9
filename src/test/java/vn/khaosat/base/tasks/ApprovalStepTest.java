package vn.khaosat.base.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.ProcessVariable;

class ApprovalStepTest {

    private final ApprovalStep step = new ApprovalStep("Task_Approve", ProcessVariable.flag("approved"),
            "validation.plan.returnComment");

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void a_return_without_a_comment_is_refused_with_the_steps_message(String comment) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> step.requireComment(comment));
        assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("comment", "validation.plan.returnComment"));
    }

    @Test
    void the_comment_is_stripped_and_may_be_as_long_as_the_limit() {
        assertThat(step.requireComment("  Bổ sung lĩnh vực Chứng thực \n")).isEqualTo("Bổ sung lĩnh vực Chứng thực");
        String longest = "ý".repeat(5_000);
        assertThat(step.requireComment(" " + longest + " ")).isEqualTo(longest);
    }

    @Test
    void a_comment_over_the_limit_is_refused_as_too_long() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> step.requireComment("a".repeat(5_001)));
        assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("comment", "validation.tooLong"));
    }
}
