package vn.khaosat.collection;

import java.time.LocalDate;
import java.util.List;

import vn.khaosat.plan.Channel;

/**
 * One response as a channel sends it. Criteria are numbered as in the template (1 … n); levels as on
 * its scale (1 = the best). {@code givenOn} counts for paper forms only: a kiosk or online answer is
 * given today. {@code clientId} makes a retry idempotent.
 */
public record Submission(
        String communeCode,
        String fieldCode,
        Channel channel,
        LocalDate givenOn,
        List<Answer> answers,
        RespondentType respondentType,
        String officer,
        String comment,
        String receiptCode,
        String clientId) {

    public record Answer(int criterion, int level) {
    }
}
