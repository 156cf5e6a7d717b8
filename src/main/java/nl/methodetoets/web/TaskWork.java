package nl.methodetoets.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's work: tasks assigned to them plus unassigned tasks offered to one of their roles.
 * Finding a task through this class is the access check: what is not offered to you is not yours to do.
 * Public for module pages that show a kind of task together (the intake queue).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("tasks")
public class TaskWork {
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskHandlers handlers;
    private final StudyTitles studies;

    TaskWork(TaskService tasks, RuntimeService runtime, HistoryService history, TaskHandlers handlers, StudyTitles studies) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.handlers = handlers;
        this.studies = studies;
    }

    /** A task the user finished themselves, for an old link to it: what it was and when it ended. */
    record Finished(WorkItem task, OffsetDateTime ended) {
    }

    Optional<Finished> finished(String taskId, UserAccount user) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .taskAssignee(user.id()).singleResult();
        if (done == null) {
            return Optional.empty();
        }
        Optional<TaskType> type = handlers.typeOf(done.getTaskDefinitionKey());
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).singleResult();
        if (type.isEmpty() || instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        boolean aboutYear = type.get().subject() == TaskType.Subject.YEAR;
        String key = instance.getBusinessKey();
        String studyId = aboutYear ? null : key;
        WorkItem item = new WorkItem(done.getId(), type.get().name(), studyId, aboutYear ? Integer.valueOf(key) : null,
                done.getName(), time(done.getStartTime()), time(done.getDueDate()), done.getAssignee(),
                studyId == null ? null : studies.titles(List.of(studyId)).get(studyId), done.getTaskDefinitionKey());
        return Optional.of(new Finished(item, time(done.getEndTime())));
    }

    /** The user's tasks, oldest first, with study titles looked up in one query. */
    public List<WorkItem> list(UserAccount user) {
        List<Task> found = tasks.createTaskQuery()
                .or().taskAssignee(user.id()).taskCandidateGroupIn(groups(user)).endOr()
                .orderByTaskCreateTime().asc().list();
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        Map<String, String> titles = studies.titles(businessKeys.values());
        return found.stream().filter(t -> handlers.typeOf(t.getTaskDefinitionKey()).isPresent())
                .map(t -> item(t, businessKeys.get(t.getProcessInstanceId()), titles)).toList();
    }

    /** The task if it is offered to the user; 404 if it does not exist, 403 if it is someone else's. */
    WorkItem find(String taskId, UserAccount user) {
        Task task = tasks.createTaskQuery().taskId(taskId)
                .or().taskAssignee(user.id()).taskCandidateGroupIn(groups(user)).endOr().singleResult();
        if (task == null) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException("task.notFound", taskId);
            }
            throw new ForbiddenException("task.notYours");
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        return item(task, businessKey, businessKey == null ? Map.of() : studies.titles(List.of(businessKey)));
    }

    /** Claims an offered task for the user, so history shows who did it. */
    @Transactional
    void claimIfOffered(WorkItem item, UserAccount user) {
        if (item.assignee() == null) {
            tasks.claim(item.id(), user.id());
        }
    }

    private WorkItem item(Task t, String businessKey, Map<String, String> titles) {
        TaskType type = handlers.typeOf(t.getTaskDefinitionKey()).orElseThrow(() -> new NotFoundException("task.notFound", t.getId()));
        boolean aboutYear = type.subject() == TaskType.Subject.YEAR;
        String studyId = aboutYear ? null : businessKey;
        Integer year = aboutYear && businessKey != null ? Integer.valueOf(businessKey) : null;
        String title = studyId == null ? null : titles.get(studyId);
        return new WorkItem(t.getId(), type.name(), studyId, year, t.getName(), time(t.getCreateTime()), time(t.getDueDate()),
                t.getAssignee(), title, t.getTaskDefinitionKey());
    }

    private static List<String> groups(UserAccount user) {
        List<String> groups = user.roles().stream().map(Role::name).toList();
        return groups.isEmpty() ? List.of("-") : groups;
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
