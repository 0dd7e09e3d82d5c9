package vn.khaosat.base.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.context.annotation.Lazy;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Transient;
import vn.khaosat.base.AbstractEntity;

/**
 * Audits every entity change without each service remembering to: the state when loaded is kept,
 * and at flush the changed fields go to the audit log as "before → after". Secrets (password and
 * token hashes) never do. Hibernate creates this listener through Spring, so it can use the service.
 */
public class AuditListener {

    private final AuditService audit;

    public AuditListener(@Lazy AuditService audit) {
        this.audit = audit;
    }

    @PostLoad
    void loaded(AbstractEntity entity) {
        entity.auditState(state(entity));
    }

    @PostPersist
    void created(AbstractEntity entity) {
        Map<String, String> now = state(entity);
        audit.record(unit(entity), entity.getClass().getSimpleName(), entity.getId(), "CREATED", null, lines(now));
        entity.auditState(now);
    }

    @PostUpdate
    void updated(AbstractEntity entity) {
        Map<String, String> before = entity.auditState() == null ? Map.of() : entity.auditState();
        Map<String, String> now = state(entity);
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> is = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!value.equals(before.get(field))) {
                was.put(field, before.getOrDefault(field, ""));
                is.put(field, value);
            }
        });
        if (!is.isEmpty()) {
            audit.record(unit(entity), entity.getClass().getSimpleName(), entity.getId(), "UPDATED", lines(was), lines(is));
        }
        entity.auditState(now);
    }

    @PostRemove
    void removed(AbstractEntity entity) {
        audit.record(unit(entity), entity.getClass().getSimpleName(), entity.getId(), "DELETED",
                lines(entity.auditState() == null ? state(entity) : entity.auditState()), null);
    }

    /** The entity's own fields as text; loaded collections as their elements; secrets and the version left out. */
    static Map<String, String> state(Object entity) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Class<?> type = Hibernate.getClass(entity); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                String name = field.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Transient.class)
                        || name.equals("version") || name.equals("id")) {
                    continue;
                }
                boolean secret = lower.contains("password") || lower.contains("hash") || lower.contains("token");
                try {
                    field.setAccessible(true);
                    // a secret shows only that it changed: a short fingerprint, never the value
                    state.put(name, secret ? fingerprint(field.get(entity)) : text(field.get(entity)));
                } catch (IllegalAccessException | RuntimeException unreadable) {
                    state.put(name, "?");
                }
            }
        }
        return state;
    }

    private static String fingerprint(Object secret) {
        if (secret == null) {
            return "";
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "••• " + java.util.HexFormat.of().formatHex(digest, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof AbstractEntity other) {
            return other.getClass().getSimpleName() + "#" + other.getId();
        }
        if (value instanceof Collection<?> items) {
            if (!Hibernate.isInitialized(items)) {
                return "(not loaded)";
            }
            return items.stream().map(AuditListener::text).sorted().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            if (!Hibernate.isInitialized(map)) {
                return "(not loaded)";
            }
            return map.toString();
        }
        return String.valueOf(value);
    }

    /** The unit the change belongs to: the commune's code where the entity has one. */
    private static String unit(AbstractEntity entity) {
        for (String name : new String[] {"communeCode", "code"}) {
            for (Class<?> type = Hibernate.getClass(entity); type != null && type != Object.class;
                    type = type.getSuperclass()) {
                try {
                    Field field = type.getDeclaredField(name);
                    field.setAccessible(true);
                    Object value = field.get(entity);
                    if (value instanceof String code && (name.equals("communeCode")
                            || entity.getClass().getSimpleName().equals("OrgUnit"))) {
                        return code;
                    }
                } catch (NoSuchFieldException | IllegalAccessException e) {
                    // not this class
                }
            }
        }
        return null;
    }

    private static String lines(Map<String, String> state) {
        return state.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
