package nl.methodetoets.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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
    /**
     * Tasks assigned to the user, or unassigned and offered to one of their roles: what the engine's
     * {@code createTaskQuery().or().taskAssignee(..).taskCandidateGroupIn(..).endOr()} finds. Over task {@code RES}.
     */
    private static final String OFFERED = "(RES.ASSIGNEE_ = #{assignee} OR (RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM"
            + " {links} I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ({groups}))))";
    /** Business keys remembered at most; then the memory starts afresh. */
    private static final int MAX_REMEMBERED_KEYS = 100_000;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskHandlers handlers;
    private final StudyTitles studies;
    private final JdbcClient jdbc;
    /** Process instance id to business key (the study id or the year): set when the process starts, never changed. */
    private final Map<String, String> businessKeys = new ConcurrentHashMap<>();
    /** See {@link #tableNames()}. */
    private volatile String[] tableNames;

    TaskWork(TaskService tasks, ManagementService management, RuntimeService runtime, HistoryService history,
             TaskHandlers handlers, StudyTitles studies, JdbcClient jdbc) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.history = history;
        this.handlers = handlers;
        this.studies = studies;
        this.jdbc = jdbc;
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
     * The user's tasks, oldest first: the same rows as {@link #find}'s native query, read as a projection of the
     * columns the list shows with the process instance's business key joined in, and the study titles in one more
     * query. The engine's native query would load and map every task entity and check each for changes when its
     * command ends: 58 % of a list request's CPU for the secretariat's 8,000 tasks (issue 13). The tables are the
     * engine's documented schema, the same that query reads; nothing is written.
     */
    public List<WorkItem> list(UserAccount user) {
        String[] tables = tableNames();
        List<Row> found = jdbc.sql("SELECT RES.ID_, RES.NAME_, RES.TASK_DEF_KEY_, RES.CREATE_TIME_, RES.DUE_DATE_, RES.ASSIGNEE_,"
                        + " P.BUSINESS_KEY_ FROM " + tables[0] + " RES LEFT JOIN " + tables[2] + " P ON P.ID_ = RES.PROC_INST_ID_"
                        + " WHERE " + OFFERED.replace("{links}", tables[1]).replace("#{assignee}", ":assignee").replace("{groups}", ":groups")
                        + " ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC")
                .param("assignee", user.id()).param("groups", groups(user))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
                        rs.getTimestamp(5), rs.getString(6), rs.getString(7)))
                .list();
        Set<String> keys = new HashSet<>();
        for (Row row : found) {
            if (row.businessKey() != null) {
                keys.add(row.businessKey());
            }
        }
        Map<String, String> titles = studies.titles(keys);
        List<WorkItem> items = new ArrayList<>(found.size());
        for (Row row : found) {
            handlers.typeOf(row.taskKey()).ifPresent(type -> items.add(item(type, row.id(), row.name(), row.taskKey(),
                    row.created(), row.due(), row.assignee(), row.businessKey(), titles)));
        }
        return items;
    }

    /** A task list row: the task's own columns and its process instance's business key. */
    private record Row(String id, String name, String taskKey, Date created, Date due, String assignee, String businessKey) {
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
        return item(type, t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getCreateTime(), t.getDueDate(), t.getAssignee(),
                businessKey, titles);
    }

    private static WorkItem item(TaskType type, String id, String name, String taskKey, Date created, Date due, String assignee,
                                 String businessKey, Map<String, String> titles) {
        boolean aboutYear = type.subject() == TaskType.Subject.YEAR;
        String studyId = aboutYear || businessKey == null || businessKey.isEmpty() ? null : businessKey;
        Integer year = aboutYear && businessKey != null && !businessKey.isEmpty() ? Integer.valueOf(businessKey) : null;
        String title = studyId == null ? null : titles.get(studyId);
        return new WorkItem(id, type.name(), studyId, year, name, time(created), time(due), assignee, title, taskKey);
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
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql("SELECT RES.* FROM " + tableNames()[0] + " RES WHERE "
                        + OFFERED.replace("{links}", tableNames()[1]).replace("{groups}", in) + andWhere + orderBy)
                .parameter("assignee", user.id());
        for (int i = 0; i < groups.size(); i++) {
            query.parameter("group" + i, groups.get(i));
        }
        return query;
    }

    /** The engine's task, identity-link and execution tables, with its table prefix if one is set; asked once. */
    private String[] tableNames() {
        String[] tables = tableNames;
        if (tables == null) {
            String task = management.getTableName(Task.class);
            String prefix = task.substring(0, task.length() - "ACT_RU_TASK".length());
            tables = new String[] {task, prefix + "ACT_RU_IDENTITYLINK", prefix + "ACT_RU_EXECUTION"};
            tableNames = tables;
        }
        return tables;
    }

    private static List<String> groups(UserAccount user) {
        List<String> groups = user.roles().stream().map(Role::name).toList();
        return groups.isEmpty() ? List.of("-") : groups;
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
