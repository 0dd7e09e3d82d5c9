package vn.khaosat.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;

/**
 * The list of service fields (lĩnh vực) plans choose from. An admin adds and renames fields and
 * takes them out of use; a field is never deleted, because plans and responses refer to it.
 */
@Service
@Transactional(readOnly = true)
public class ServiceFieldService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");

    private final ServiceFieldRepository fields;
    private final CurrentUser currentUser;

    ServiceFieldService(ServiceFieldRepository fields, CurrentUser currentUser) {
        this.fields = fields;
        this.currentUser = currentUser;
    }

    public List<FieldView> allFields() {
        return fields.findAllByOrderByPositionAsc().stream().map(FieldView::of).toList();
    }

    @Transactional
    public FieldView save(FieldDraft draft) {
        if (!currentUser.hasRole("ADMIN")) {
            throw new AccessDeniedException("administrators only");
        }
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase();
        ServiceField existing = draft.id() == null ? null : fields.findById(draft.id())
                .orElseThrow(() -> new OptimisticLockingFailureException("deleted meanwhile"));
        if (existing != null) {
            existing.requireVersion(draft.version());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (existing == null) {
            if (code.isEmpty()) {
                errors.put("code", "validation.required");
            } else if (!CODE.matcher(code).matches()) {
                errors.put("code", "validation.field.code");
            } else if (fields.findByCode(code).isPresent()) {
                errors.put("code", "validation.field.codeTaken");
            }
        }
        text(errors, "nameVi", draft.nameVi());
        text(errors, "nameEn", draft.nameEn());
        if (draft.position() == null || draft.position() < 1 || draft.position() > 999) {
            errors.put("position", "validation.field.position");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ServiceField field = existing != null ? existing
                : new ServiceField(code, draft.nameVi().strip(), draft.nameEn().strip(), draft.position());
        field.update(draft.nameVi().strip(), draft.nameEn().strip(), draft.position(), draft.active());
        return FieldView.of(fields.saveAndFlush(field));
    }

    private static void text(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "validation.required");
        } else if (value.strip().length() > 200) {
            errors.put(field, "validation.tooLong");
        }
    }
}
