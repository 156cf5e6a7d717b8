package nl.methodetoets.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.NativeTaskQuery;
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
    /** Business keys remembered at most; then the memory starts afresh. */
    private static final int MAX_REMEMBERED_KEYS = 100_000;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskHandlers handlers;
    private final StudyTitles studies;
    /** Process instance id to business key (the study id or the year): set when the process starts, never changed. */
    private final Map<String, String> businessKeys = new ConcurrentHashMap<>();
    /** The engine's task and identity-link tables, with its table prefix; asked once. */
    private volatile String[] tableNames;

    TaskWork(TaskService tasks, ManagementService management, RuntimeService runtime, HistoryService history,
             TaskHandlers handlers, StudyTitles studies) {
        this.tasks = tasks;
        this.management = management;
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

    /**
     * The user's tasks, oldest first, with study titles looked up in one query: one query for the tasks, one for the
     * titles, and one for the business keys of processes not seen before (issue 13).
     */
    public List<WorkItem> list(UserAccount user) {
        List<Task> found = offered(user, "", " ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC").list();
        Map<String, String> keys = businessKeys(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, String> titles = studies.titles(new HashSet<>(keys.values()));
        return found.stream().filter(t -> handlers.typeOf(t.getTaskDefinitionKey()).isPresent())
                .map(t -> item(t, keys.get(t.getProcessInstanceId()), titles)).toList();
    }

    /** The business keys of these process instances ("" for none), remembered ones without asking the engine. */
    private Map<String, String> businessKeys(Set<String> instanceIds) {
        Map<String, String> keys = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (String id : instanceIds) {
            String key = businessKeys.get(id);
            if (key == null) {
                unknown.add(id);
            } else {
                keys.put(id, key);
            }
        }
        if (!unknown.isEmpty()) {
            if (businessKeys.size() + unknown.size() > MAX_REMEMBERED_KEYS) {
                businessKeys.clear();
            }
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(unknown).list()) {
                String key = instance.getBusinessKey() == null ? "" : instance.getBusinessKey();
                keys.put(instance.getId(), key);
                businessKeys.put(instance.getId(), key);
            }
        }
        return keys;
    }

    /** The task if it is offered to the user; 404 if it does not exist, 403 if it is someone else's. */
    WorkItem find(String taskId, UserAccount user) {
        Task task = offered(user, " AND RES.ID_ = #{taskId}", "").parameter("taskId", taskId).singleResult();
        if (task == null) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException("task.notFound", taskId);
            }
            throw new ForbiddenException("task.notYours");
        }
        String businessKey = businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        businessKey = businessKey == null || businessKey.isEmpty() ? null : businessKey;
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

    /**
     * The tasks assigned to the user plus the unassigned ones offered to one of their roles (a candidate group), what
     * the engine's {@code createTaskQuery().or().taskAssignee(..).taskCandidateGroupIn(..).endOr()} finds, as one
     * native query of the engine's public API over its task and identity-link tables: the same rows, without the task
     * query's dynamic SQL, which took a quarter of a task list request's CPU (issue 13).
     */
    private NativeTaskQuery offered(UserAccount user, String andWhere, String orderBy) {
        List<String> groups = groups(user);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            in.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
        }
        String[] tables = tableNames;
        if (tables == null) {
            String task = management.getTableName(Task.class); // with the engine's table prefix, if one is set
            tables = new String[] {task, task.substring(0, task.length() - "ACT_RU_TASK".length()) + "ACT_RU_IDENTITYLINK"};
            tableNames = tables;
        }
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql("SELECT RES.* FROM " + tables[0]
                + " RES WHERE (RES.ASSIGNEE_ = #{assignee} OR (RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM "
                + tables[1] + " I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate'"
                + " AND I.GROUP_ID_ IN (" + in + "))))" + andWhere + orderBy)
                .parameter("assignee", user.id());
        for (int i = 0; i < groups.size(); i++) {
            query.parameter("group" + i, groups.get(i));
        }
        return query;
    }

    private static List<String> groups(UserAccount user) {
        List<String> groups = user.roles().stream().map(Role::name).toList();
        return groups.isEmpty() ? List.of("-") : groups;
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
