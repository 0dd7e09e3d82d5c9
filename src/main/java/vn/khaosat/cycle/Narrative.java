package vn.khaosat.cycle;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.khaosat.base.InvalidInputException;

/**
 * The review's text, as source 000 writes it: ưu điểm; khó khăn, tồn tại, hạn chế; nhiệm vụ thời gian
 * tới. The cycle's review and the report keep it in the same three columns.
 */
@Embeddable
public record Narrative(@Column(name = "strengths") String strengths, @Column(name = "difficulties") String difficulties,
        @Column(name = "next_tasks") String nextTasks) {

    /** Nothing written yet. */
    public static final Narrative NONE = new Narrative(null, null, null);

    /** Strengths are required; no text longer than 10,000 characters. The review and the report share the rule. */
    public void requireValid() {
        for (String text : new String[] {strengths, difficulties, nextTasks}) {
            if (text != null && text.length() > 10_000) {
                throw new InvalidInputException(Map.of("narrative", "validation.tooLong"));
            }
        }
        InvalidInputException.requireText(strengths, "strengths", "validation.required");
    }
}
