package vn.khaosat.notify;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process tells the {@link Notifier} when it is created or assigned, without a listener
 * in each BPMN file (a new process gets its mails for free). The notifier is looked up at the event:
 * the engine is built before the services it would otherwise need.
 */
@Component
class TaskNotices extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Notifier> notifier;

    TaskNotices(ObjectProvider<Notifier> notifier) {
        this.notifier = notifier;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener created = task -> notifier.getObject().taskCreated(task);
        TaskListener assigned = task -> notifier.getObject().taskAssigned(task);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, created);
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
            }
        });
    }
}
