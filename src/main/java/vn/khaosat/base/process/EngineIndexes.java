package vn.khaosat.base.process;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's MySQL schema lacks for how this application uses the engine. Camunda creates
 * its own tables when the engine starts, after Flyway has run, so they cannot be migrations: each is
 * added once the engine is built, if missing.
 * <ul>
 * <li>{@code ACT_RU_JOB(DUEDATE_)}: the one Camunda's documentation asks for when jobs are acquired by
 * due date ({@code jobExecutorAcquireByDueDate}, application.yml);</li>
 * <li>{@code ACT_RU_TASK(PARENT_TASK_ID_)}: the engine looks up a task's subtasks each time it ends
 * one, and without it every completion reads every open task of every commune (a province has
 * thousands; docs/benchmarks.md, 6 December 2026).</li>
 * </ul>
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String JOB_DUE_DATE = "ACT_IDX_JOB_DUEDATE";
    static final String TASK_PARENT = "ACT_IDX_TASK_PARENT";

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + JOB_DUE_DATE + " ON ACT_RU_JOB (DUEDATE_)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
    }
}
