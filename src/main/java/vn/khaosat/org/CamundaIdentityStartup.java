package vn.khaosat.org;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Rewrites Camunda's users and groups from the application's at every start (after the demo data). */
@Component
@Order(20)
class CamundaIdentityStartup implements ApplicationRunner {

    private final OrgUnitRepository units;
    private final AppUserRepository users;
    private final CamundaIdentitySync sync;

    CamundaIdentityStartup(OrgUnitRepository units, AppUserRepository users, CamundaIdentitySync sync) {
        this.units = units;
        this.users = users;
        this.sync = sync;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        sync.syncAll(units.findAll(), users.findAll());
    }
}
