package vn.khaosat.org;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Mirrors units and users into Camunda's identity tables, so the engine's candidate groups, the
 * Tasklist and Cockpit know the same people. The application's tables are the truth; Camunda's
 * copy is rewritten from them (at start-up and on every change). Camunda passwords are random and
 * unused: the webapps take the logged-in user from Spring Security.
 */
@Component
class CamundaIdentitySync {

    private final IdentityService identity;

    CamundaIdentitySync(IdentityService identity) {
        this.identity = identity;
    }

    void syncAll(List<OrgUnit> units, List<AppUser> users) {
        units.forEach(this::syncUnit);
        users.forEach(this::syncUser);
        Set<String> known = new HashSet<>();
        users.stream().filter(AppUser::isActive).forEach(u -> known.add(u.getUsername()));
        identity.createUserQuery().list().stream()
                .map(User::getId)
                .filter(id -> !known.contains(id))
                .forEach(identity::deleteUser);
    }

    void syncUnit(OrgUnit unit) {
        for (String groupId : CandidateGroups.ofUnit(unit)) {
            String role = groupId.substring(groupId.lastIndexOf(':') + 1);
            ensureGroup(groupId, unit.getName() + " (" + role + ")", "WORKFLOW");
        }
    }

    void syncUser(AppUser user) {
        String id = user.getUsername();
        User existing = identity.createUserQuery().userId(id).singleResult();
        if (!user.isActive()) {
            if (existing != null) {
                identity.deleteUser(id);
            }
            return;
        }
        // an unchanged user is not written again: every start syncs every user (thousands in a province)
        if (existing == null || !user.getFullName().equals(existing.getFirstName())) {
            User camundaUser = existing != null ? existing : identity.newUser(id);
            camundaUser.setFirstName(user.getFullName());
            camundaUser.setLastName("");
            if (existing == null) {
                camundaUser.setPassword(UUID.randomUUID().toString());
            }
            identity.saveUser(camundaUser);
        }

        Set<String> wanted = new HashSet<>(CandidateGroups.ofUser(user));
        Set<String> current = new HashSet<>();
        identity.createGroupQuery().groupMember(id).list().forEach(g -> current.add(g.getId()));
        for (String groupId : wanted) {
            if (!current.contains(groupId)) {
                ensureGroup(groupId, groupId, CandidateGroups.CAMUNDA_ADMIN.equals(groupId) ? "SYSTEM" : "WORKFLOW");
                identity.createMembership(id, groupId);
            }
        }
        for (String groupId : current) {
            if (!wanted.contains(groupId)) {
                identity.deleteMembership(id, groupId);
            }
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
            group.setType(type);
            group.setName(name);
            identity.saveGroup(group);
        } else if (!name.equals(id) && !name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
    }
}
