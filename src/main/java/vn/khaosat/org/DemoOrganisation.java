package vn.khaosat.org;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.EmbeddedMariaDb;

/**
 * The demo organisation: a province, a district with three communes (Xã Tây Xuân of source 004 and
 * Thị trấn Bình Dương of source 000 among them), their staff and leaders, a district reviewer and an
 * admin. Loaded only into the embedded database, and only into an empty one.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = {EmbeddedMariaDb.ACTIVE_PROPERTY, "app.demo-data.enabled"}, havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrgUnitRepository units;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoOrganisation(OrgUnitRepository units, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.count() > 0) {
            return;
        }
        OrgUnit province = units.save(new OrgUnit("BDI", "Tỉnh Bình Định", UnitType.TINH, null));
        OrgUnit district = units.save(new OrgUnit("TS", "Huyện Tây Sơn", UnitType.HUYEN, province));
        OrgUnit tayXuan = units.save(new OrgUnit("TX", "Xã Tây Xuân", UnitType.XA, district));
        OrgUnit binhDuong = units.save(new OrgUnit("BD", "Thị trấn Bình Dương", UnitType.THI_TRAN, district));
        OrgUnit tayPhu = units.save(new OrgUnit("TP", "Xã Tây Phú", UnitType.XA, district));

        String hash = passwordEncoder.encode(PASSWORD);
        user("admin", "Quản trị hệ thống", hash, province, Role.ADMIN);
        user("noivu.ts", "Lê Thị Hoa (Phòng Nội vụ)", hash, district, Role.DISTRICT_REVIEWER);
        user("canbo.tx", "Nguyễn Thị Lan", hash, tayXuan, Role.COMMUNE_STAFF);
        user("chutich.tx", "Trần Văn Hùng", hash, tayXuan, Role.COMMUNE_LEADER);
        user("canbo.bd", "Phạm Minh Tuấn", hash, binhDuong, Role.COMMUNE_STAFF);
        user("chutich.bd", "Võ Văn Nam", hash, binhDuong, Role.COMMUNE_LEADER);
        user("canbo.tp", "Đặng Thị Mai", hash, tayPhu, Role.COMMUNE_STAFF);
        user("chutich.tp", "Huỳnh Văn Đức", hash, tayPhu, Role.COMMUNE_LEADER);
        log.info("Demo organisation loaded: 5 units, 8 users (password '{}')", PASSWORD);
    }

    private void user(String username, String fullName, String hash, OrgUnit unit, Role role) {
        Set<Role> roles = EnumSet.of(role);
        AppUser user = new AppUser(username, fullName, hash, unit, roles);
        // .example is reserved (RFC 2606): pointed at a test SMTP server, the demo's mails go nowhere real
        user.setEmail(username + "@khaosat.example");
        users.save(user);
    }
}
