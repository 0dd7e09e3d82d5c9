package vn.khaosat.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in the database are UTC wall time, whatever the server's or the JVM's zone: Hibernate
 * writes them so ({@code hibernate.jdbc.time_zone: UTC}), and the application's own SQL writes and
 * reads them through here. {@code java.sql.Timestamp} would use the JVM's zone and put them seven
 * hours off on a server set to Asia/Ho_Chi_Minh.
 */
public final class DbTime {

    private DbTime() {
    }

    /** The value to bind for an instant. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant in a column written as {@link #utc}. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
