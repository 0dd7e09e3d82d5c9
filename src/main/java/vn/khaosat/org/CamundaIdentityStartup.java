package vn.khaosat.org;

import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites Camunda's users and groups from the application's at every start (after the demo data).
 * Nodes that start together write the same missing groups and memberships: the one that loses the
 * race (a duplicate key) waits a moment and syncs again, finding what the other wrote.
 */
@Component
@Order(20)
class CamundaIdentityStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaIdentityStartup.class);
    static final int ATTEMPTS = 5;

    private final OrgUnitRepository units;
    private final AppUserRepository users;
    private final CamundaIdentitySync sync;
    private final TransactionTemplate transactions;

    CamundaIdentityStartup(OrgUnitRepository units, AppUserRepository users, CamundaIdentitySync sync,
            TransactionTemplate transactions) {
        this.units = units;
        this.users = users;
        this.sync = sync;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                transactions.executeWithoutResult(status -> sync.syncAll(units.findAll(), users.findAll()));
                return;
            } catch (ProcessEngineException | DataAccessException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                LOG.info("Camunda's users and groups were written by another node at the same time; syncing again ({})",
                        conflict.getMessage().lines().findFirst().orElse(""));
                Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1_000) * attempt);
            }
        }
    }
}
