package vn.khaosat.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.base.InvalidInputException;

/**
 * Questionnaire templates. Everybody reads them; an admin clones a version into a new draft, edits
 * the draft's criteria and activates it. Only a draft changes: active and retired versions are
 * what campaigns were started with, so they stay as they are.
 */
@Service
@Transactional(readOnly = true)
public class TemplateService {

    static final String ADMIN = "ADMIN";

    private final SurveyTemplateRepository templates;
    private final ServiceFieldRepository fields;
    private final CurrentUser currentUser;
    private final AuditService audit;

    TemplateService(SurveyTemplateRepository templates, ServiceFieldRepository fields, CurrentUser currentUser,
            AuditService audit) {
        this.audit = audit;
        this.templates = templates;
        this.fields = fields;
        this.currentUser = currentUser;
    }

    public List<TemplateSummary> templates() {
        return templates.findAllByOrderByCodeAscRevisionAsc().stream().map(SurveyTemplate::toSummary).toList();
    }

    /** The versions a new plan may use. */
    public List<TemplateSummary> activeTemplates() {
        return templates().stream().filter(t -> t.status() == TemplateStatus.ACTIVE).toList();
    }

    public TemplateDetail template(long id) {
        return load(id).toDetail();
    }

    public List<FieldView> activeFields() {
        return fields.findByActiveTrueOrderByPositionAsc().stream().map(FieldView::of).toList();
    }

    @Transactional
    public TemplateSummary cloneAsDraft(long id) {
        requireAdmin();
        SurveyTemplate source = load(id);
        SurveyTemplate draft = SurveyTemplate.draftCopyOf(source, templates.maxRevision(source.getCode()) + 1);
        return templates.saveAndFlush(draft).toSummary();
    }

    /** Changes a criterion of a draft; read the template again for its new version. */
    @Transactional
    public void updateCriterion(long templateId, long version, long criterionId, String textVi, String textEn,
            boolean optional) {
        requireAdmin();
        SurveyTemplate template = loadDraft(templateId, version);
        TemplateCriterion criterion = template.getAreas().stream().flatMap(a -> a.getCriteria().stream())
                .filter(c -> c.getId() == criterionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId + " in " + templateId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (textVi == null || textVi.isBlank()) {
            errors.put("textVi", "validation.required");
        } else if (textVi.strip().length() > 500) {
            errors.put("textVi", "validation.tooLong");
        }
        if (textEn == null || textEn.isBlank()) {
            errors.put("textEn", "validation.required");
        } else if (textEn.strip().length() > 500) {
            errors.put("textEn", "validation.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // a criterion is part of its template: its change is recorded as the template's
        String before = describe(criterion.toCriterion());
        criterion.update(textVi.strip(), textEn.strip(), optional);
        templates.saveAndFlush(template);
        audit.record(null, "SurveyTemplate", templateId, "UPDATED", before, describe(criterion.toCriterion()));
    }

    private static String describe(TemplateDetail.Criterion criterion) {
        return "criterion " + criterion.position() + ": " + criterion.textVi() + " / " + criterion.textEn()
                + (criterion.optional() ? " (optional)" : "");
    }

    /** Makes the draft the version new plans use; the version it replaces is retired, unchanged. */
    @Transactional
    public void activate(long id, long version) {
        requireAdmin();
        SurveyTemplate draft = loadDraft(id, version);
        templates.findByCodeAndStatus(draft.getCode(), TemplateStatus.ACTIVE)
                .forEach(previous -> previous.setStatus(TemplateStatus.RETIRED));
        draft.setStatus(TemplateStatus.ACTIVE);
        templates.saveAndFlush(draft);
    }

    /** The draft, locked so that its version moves with any change of its areas or criteria. */
    private SurveyTemplate loadDraft(long id, long version) {
        SurveyTemplate template = templates.findLockedById(id)
                .orElseThrow(() -> new IllegalArgumentException("no template " + id));
        template.requireVersion(version);
        if (template.getStatus() != TemplateStatus.DRAFT) {
            throw new InvalidInputException(Map.of("status", "validation.template.frozen"));
        }
        return template;
    }

    private SurveyTemplate load(long id) {
        return templates.findById(id).orElseThrow(() -> new IllegalArgumentException("no template " + id));
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
