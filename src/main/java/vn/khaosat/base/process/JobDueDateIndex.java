package vn.khaosat.base.process;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index Camunda's documentation asks for when jobs are acquired by due date
 * ({@code jobExecutorAcquireByDueDate}, application.yml). Camunda creates its own tables when the
 * engine starts, after Flyway has run, so the index cannot be a migration: it is added once the
 * engine is built, if missing.
 */
@Component
public class JobDueDateIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "ACT_IDX_JOB_DUEDATE";

    private final DataSource dataSource;

    JobDueDateIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new JdbcTemplate(dataSource).execute("CREATE INDEX IF NOT EXISTS " + NAME + " ON ACT_RU_JOB (DUEDATE_)");
    }
}
