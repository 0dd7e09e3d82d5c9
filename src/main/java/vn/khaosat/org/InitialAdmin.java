package vn.khaosat.org;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new production database has no users, so nobody could log in to create them. When the user
 * table is empty and APP_INITIAL_ADMIN_PASSWORD is set, this creates the first administrator in a
 * province unit; both are edited afterwards in the admin screens.
 */
@Component
@Order(15)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final OrgUnitRepository units;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String provinceCode;
    private final String provinceName;

    InitialAdmin(OrgUnitRepository units, AppUserRepository users, PasswordEncoder passwordEncoder,
            @Value("${app.initial-admin.username:admin}") String username,
            @Value("${app.initial-admin.password:}") String password,
            @Value("${app.initial-admin.province-code:TINH}") String provinceCode,
            @Value("${app.initial-admin.province-name:Tỉnh}") String provinceName) {
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.length() < OrgValidation.MIN_PASSWORD_LENGTH) {
            log.warn("The database has no users. Set APP_INITIAL_ADMIN_PASSWORD (at least {} characters) "
                    + "and restart to create the first administrator '{}'.", OrgValidation.MIN_PASSWORD_LENGTH, username);
            return;
        }
        OrgUnit province = units.findByCode(provinceCode)
                .orElseGet(() -> units.save(new OrgUnit(provinceCode, provinceName, UnitType.TINH, null)));
        users.save(new AppUser(OrgValidation.normalizeUsername(username), "Quản trị hệ thống",
                passwordEncoder.encode(password), province, EnumSet.of(Role.ADMIN)));
        log.info("Created the first administrator '{}' in unit {}", username, provinceCode);
    }
}
