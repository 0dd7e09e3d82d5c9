package vn.khaosat.collection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.OrgUnit;

/** The receiving officers a commune lists; when there are any, the kiosk and online form ask who served. */
@Service
@Transactional(readOnly = true)
public class OfficerService {

    private final JdbcTemplate jdbc;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final AuditService audit;

    OfficerService(JdbcTemplate jdbc, OrgService org, CurrentUser currentUser, AuditService audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.org = org;
        this.currentUser = currentUser;
    }

    /** Public: the names in the commune's order (empty when it lists none). */
    public List<String> officers(String communeCode) {
        return jdbc.queryForList("SELECT name FROM commune_officer WHERE commune_code = ? ORDER BY position, id",
                String.class, communeCode);
    }

    /** Replaces the list of the user's commune (staff) with these names, one per line. */
    @Transactional
    public List<String> replace(String communeCode, String namesOnePerLine) {
        OrgUnit unit = org.unit(communeCode);
        boolean staffOfCommune = currentUser.hasRole("COMMUNE_STAFF") && org.currentUnit().equals(unit);
        if (!unit.getType().isCommune() || !(staffOfCommune || currentUser.hasRole("ADMIN"))) {
            throw new AccessDeniedException("only the commune's staff or an admin list its officers");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : (namesOnePerLine == null ? "" : namesOnePerLine).split("\\R")) {
            String name = line.strip();
            if (name.length() > 200) {
                throw new InvalidInputException(Map.of("officers", "validation.tooLong"));
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        List<String> before = officers(communeCode);
        List<String> stored = new ArrayList<>(names);
        if (stored.equals(before)) {
            return stored;
        }
        jdbc.update("DELETE FROM commune_officer WHERE commune_code = ?", communeCode);
        for (int i = 0; i < stored.size(); i++) {
            jdbc.update("INSERT INTO commune_officer (commune_code, name, position) VALUES (?, ?, ?)", communeCode,
                    stored.get(i), i + 1);
        }
        audit.record(communeCode, "CommuneOfficer", communeCode, "UPDATED", String.join("\n", before),
                String.join("\n", stored));
        return stored;
    }
}
