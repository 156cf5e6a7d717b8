package nl.methodetoets.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
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
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final TaskHandlers handlers;
    private final StudyTitles studies;
    private final JdbcClient jdbc;
    /** See {@link #tableNames()}. */
    private volatile String[] tableNames;

    TaskWork(TaskService tasks, ManagementService management, HistoryService history,
             TaskHandlers handlers, StudyTitles studies, JdbcClient jdbc) {
        this.tasks = tasks;
        this.management = management;
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
        String key = instance.getBusinessKey();
        boolean aboutYear = type.get().subject() == TaskType.Subject.YEAR;
        WorkItem item = item(type.get(), done.getId(), done.getName(), done.getTaskDefinitionKey(), done.getStartTime(),
                done.getDueDate(), done.getAssignee(), key, aboutYear ? Map.of() : studies.titles(List.of(key)));
        return Optional.of(new Finished(item, time(done.getEndTime())));
    }

    /**
     * The user's tasks, oldest first, with the study titles looked up in one more query.
     */
    public List<WorkItem> list(UserAccount user) {
        List<Row> found = offered(user, "", " ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC", Map.of());
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

    /** The task if it is offered to the user; 404 if it does not exist, 403 if it is someone else's. */
    WorkItem find(String taskId, UserAccount user) {
        Row row = offered(user, " AND RES.ID_ = :taskId", "", Map.of("taskId", taskId)).stream().findFirst().orElse(null);
        if (row == null) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException("task.notFound", taskId);
            }
            throw new ForbiddenException("task.notYours");
        }
        TaskType type = handlers.typeOf(row.taskKey()).orElseThrow(() -> new NotFoundException("task.notFound", taskId));
        String key = row.businessKey();
        return item(type, row.id(), row.name(), row.taskKey(), row.created(), row.due(), row.assignee(), key,
                key == null || type.subject() == TaskType.Subject.YEAR ? Map.of() : studies.titles(List.of(key)));
    }

    /** A task as the list and the task page need it: its own columns and its process instance's business key. */
    private record Row(String id, String name, String taskKey, Date created, Date due, String assignee, String businessKey) {
    }

    /**
     * The tasks assigned to the user plus the unassigned ones offered to one of their roles (a candidate group): the
     * rows the engine's {@code createTaskQuery().or().taskAssignee(..).taskCandidateGroupIn(..).endOr()} finds, read in
     * one statement over the engine's task, identity-link and execution tables (its documented schema; read only) as a
     * projection of the columns shown, with the process instance's business key joined in.
     *
     * <p>Why not the engine's queries: its task query builds its dynamic SQL anew per call, and its native task query
     * loads, maps and, when its command ends, checks every task entity for changes; for the secretariat's 8,000 tasks
     * that was 58 % of a list request's CPU, p95 147 ms (issue 13). And a process instance query per list for the
     * business keys is one more round trip.
     */
    private List<Row> offered(UserAccount user, String andWhere, String orderBy, Map<String, Object> parameters) {
        String[] tables = tableNames();
        return jdbc.sql("SELECT RES.ID_, RES.NAME_, RES.TASK_DEF_KEY_, RES.CREATE_TIME_, RES.DUE_DATE_, RES.ASSIGNEE_,"
                        + " P.BUSINESS_KEY_ FROM " + tables[0] + " RES LEFT JOIN " + tables[2] + " P ON P.ID_ = RES.PROC_INST_ID_"
                        + " WHERE (RES.ASSIGNEE_ = :assignee OR (RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM " + tables[1]
                        + " I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (:groups))))"
                        + andWhere + orderBy)
                .param("assignee", user.id()).param("groups", groups(user)).params(parameters)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
                        rs.getTimestamp(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** Claims an offered task for the user, so history shows who did it. */
    @Transactional
    void claimIfOffered(WorkItem item, UserAccount user) {
        if (item.assignee() == null) {
            tasks.claim(item.id(), user.id());
        }
    }

    private static WorkItem item(TaskType type, String id, String name, String taskKey, Date created, Date due, String assignee,
                                 String businessKey, Map<String, String> titles) {
        boolean aboutYear = type.subject() == TaskType.Subject.YEAR;
        String studyId = aboutYear || businessKey == null || businessKey.isEmpty() ? null : businessKey;
        Integer year = aboutYear && businessKey != null && !businessKey.isEmpty() ? Integer.valueOf(businessKey) : null;
        String title = studyId == null ? null : titles.get(studyId);
        return new WorkItem(id, type.name(), studyId, year, name, time(created), time(due), assignee, title, taskKey);
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
