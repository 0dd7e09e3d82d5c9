package vn.khaosat.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;

import vn.khaosat.KaribuTest;
import vn.khaosat.plan.TemplateStatus;
import vn.khaosat.plan.TemplateSummary;

class TemplatesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreShippedTemplates() {
        jdbc.update("DELETE FROM survey_template WHERE revision > 1");
        jdbc.update("UPDATE survey_template SET status = 'ACTIVE' WHERE revision = 1");
    }

    @Test
    void the_shipped_templates_are_listed_and_an_active_version_cannot_be_edited() {
        loginAndOpen("admin", "admin/templates");
        TemplatesView view = _get(TemplatesView.class);

        assertThat(view.list.getListDataView().getItems()).extracting(TemplateSummary::code, TemplateSummary::criterionCount,
                TemplateSummary::levelCount).contains(
                        org.assertj.core.groups.Tuple.tuple("TT4-3M", 4, 3),
                        org.assertj.core.groups.Tuple.tuple("SIPAS-22", 22, 5));
        select(view, "SIPAS-22", 1);
        assertThat(view.frozen.isVisible()).isTrue();
        assertThat(view.activate.isVisible()).isFalse();
        assertThat(view.criteria.getListDataView().getItemCount()).isEqualTo(22);
        view.criteria.select(view.criteria.getListDataView().getItem(0));
        assertThat(view.saveCriterion.isEnabled()).isFalse();
        assertThat(view.textVi.isReadOnly()).isTrue();
        assertThat(view.levels.getText()).contains("Rất hài lòng (tính là hài lòng)", "Bình thường");
    }

    @Test
    void an_admin_clones_a_version_edits_the_draft_and_activates_it_retiring_the_old_one() {
        loginAndOpen("admin", "admin/templates");
        TemplatesView view = _get(TemplatesView.class);
        select(view, "TT4-3M", 1);

        _click(view.cloneDraft);
        TemplateSummary draft = view.list.asSingleSelect().getValue();
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo(TemplateStatus.DRAFT);

        view.criteria.select(view.criteria.getListDataView().getItem(0));
        view.textVi.setValue("");
        _click(view.saveCriterion);
        assertThat(view.textVi.getErrorMessage()).isEqualTo("Không được để trống");
        NotificationsKt.clearNotifications();

        view.textVi.setValue("Thời gian giải quyết hồ sơ");
        _click(view.saveCriterion);
        NotificationsKt.expectNotifications("Đã lưu");
        NotificationsKt.clearNotifications();

        _click(view.activate);
        assertThat(jdbc.queryForList("SELECT CONCAT(revision, ':', status) FROM survey_template WHERE code = 'TT4-3M' "
                + "ORDER BY revision", String.class)).containsExactly("1:RETIRED", "2:ACTIVE");
        assertThat(jdbc.queryForList("SELECT c.text_vi FROM template_criterion c JOIN template_area a ON a.id = c.area_id "
                + "JOIN survey_template t ON t.id = a.template_id WHERE t.code = 'TT4-3M' AND c.position = 1 "
                + "ORDER BY t.revision", String.class))
                .containsExactly("Thời gian giải quyết", "Thời gian giải quyết hồ sơ");
    }

    private static void select(TemplatesView view, String code, int revision) {
        view.list.select(view.list.getListDataView().getItems()
                .filter(t -> t.code().equals(code) && t.revision() == revision).findFirst().orElseThrow());
    }
}
