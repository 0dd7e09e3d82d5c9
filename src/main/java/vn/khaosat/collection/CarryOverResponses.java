package vn.khaosat.collection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.base.audit.AuditService;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.ResponseCarryOver;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;

/**
 * A campaign that starts takes the responses counted in its windows that an earlier campaign took
 * (from 15/12 until the plan was issued): they are asked with the same questionnaire, so for the
 * fields the new plan keeps they count as its own (receipt codes and serials move with them).
 */
@Component
class CarryOverResponses implements ResponseCarryOver {

    private final JdbcTemplate jdbc;
    private final AuditService audit;

    CarryOverResponses(JdbcTemplate jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Result carryOver(RunningCampaign started) {
        String inWindows = "commune_code = ? AND campaign_id <> ? AND counted_on BETWEEN ? AND ?";
        List<Object> args = new ArrayList<>(List.of(started.communeCode(), started.id(),
                PublicationCalendar.firstWindowDay(started.year(), started.cutOffDay()),
                PublicationCalendar.lastWindowDay(started.year(), started.cutOffDay())));
        int carried = 0;
        if (!started.fields().isEmpty()) {
            List<Object> moveArgs = new ArrayList<>();
            moveArgs.add(started.id());
            moveArgs.addAll(args);
            moveArgs.add(started.template().id());
            started.fields().stream().map(FieldView::id).forEach(moveArgs::add);
            carried = jdbc.update("UPDATE survey_response SET campaign_id = ? WHERE " + inWindows
                    + " AND template_id = ? AND field_id IN ("
                    + String.join(",", started.fields().stream().map(f -> "?").toList()) + ")", moveArgs.toArray());
        }
        if (carried > 0) {
            audit.record(started.communeCode(), "SurveyResponse", "campaign " + started.id(), "CARRIED", null,
                    carried + " answers given before the plan was issued, now in campaign " + started.id());
        }
        int notCarried = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE " + inWindows, Integer.class,
                args.toArray());
        return new Result(carried, notCarried);
    }
}
