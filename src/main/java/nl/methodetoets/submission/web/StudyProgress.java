package nl.methodetoets.submission.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.TimelineEntry;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.context.MessageSource;

/**
 * Where a study stands, for its page: the five stages a submitter follows (received, intake, review, verdict,
 * annual advice) with the current one, the next step in words with its expected date where one is known, and the
 * timeline as lines that say what happened (remarks apart, never who did it).
 */
record StudyProgress(List<Stage> stages, StudyStatus ended, String nextKey, LocalDate expected, List<Line> timeline) {
    /** The date format of every page, the same pattern in each language (month names follow the language). */
    static final String DATE_PATTERN = "d MMMM yyyy";

    enum StageName { RECEIVED, INTAKE, REVIEW, VERDICT, ADVICE }

    record Stage(StageName name, boolean done, boolean current) {
    }

    record Line(OffsetDateTime at, String what, String remarks) {
    }

    static StudyProgress of(Study study, Function<String, Optional<LocalDate>> scoresDue, MessageSource messages, Locale locale) {
        StudyStatus status = study.status();
        boolean ended = status == StudyStatus.REJECTED || status == StudyStatus.WITHDRAWN;
        int reached = ended ? reachedBefore(study) : stageOf(status);
        List<Stage> stages = new ArrayList<>();
        for (StageName name : StageName.values()) {
            int i = name.ordinal();
            boolean finished = i < reached || (status == StudyStatus.PUBLISHED && i == reached);
            stages.add(new Stage(name, finished, !ended && i == reached));
        }
        LocalDate expected = switch (status) {
            case AWAITING_COMPLETION -> completionDeadline(study);
            case IN_REVIEW -> scoresDue.apply(study.id()).orElse(null);
            default -> null;
        };
        String next = "ui.progress.next." + status.name() + (expected != null ? ".due" : "");
        return new StudyProgress(stages, ended ? status : null, next, expected, lines(study, messages, locale));
    }

    /** 0 received … 4 annual advice. */
    private static int stageOf(StudyStatus status) {
        return switch (status) {
            case SUBMITTED -> 0;
            case IN_INTAKE, AWAITING_COMPLETION, REJECTED -> 1;
            case IN_REVIEW, IN_CONSENSUS, AWAITING_VERDICT, WITHDRAWN -> 2;
            case ASSESSED, IN_OBJECTION -> 3;
            case PUBLISHED -> 4;
        };
    }

    /** For a rejected or withdrawn study: the stage it stopped in (the stages before it are done). */
    private static int reachedBefore(Study study) {
        int reached = 0;
        for (TimelineEntry e : study.timeline()) {
            if (e.status() != StudyStatus.REJECTED && e.status() != StudyStatus.WITHDRAWN) {
                reached = Math.max(reached, stageOf(e.status()));
            }
        }
        return reached;
    }

    private static LocalDate completionDeadline(Study study) {
        LocalDate due = null;
        for (TimelineEntry e : study.timeline()) {
            if (e.kind() == TimelineKind.COMPLETION_REQUESTED && !e.messageArgs().isEmpty()) {
                due = date(e.messageArgs().get(0));
            }
        }
        return due;
    }

    private static List<Line> lines(Study study, MessageSource messages, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(DATE_PATTERN, locale);
        List<Line> lines = new ArrayList<>();
        for (TimelineEntry e : study.timeline()) {
            String what;
            if (e.messageKey() == null) {
                what = messages.getMessage("ui.timeline." + e.kind().name(), null, e.kind().name(), locale);
            } else {
                List<String> args = new ArrayList<>(e.messageArgs());
                if (e.kind() == TimelineKind.COMPLETION_REQUESTED && !args.isEmpty() && date(args.get(0)) != null) {
                    args.set(0, date(args.get(0)).format(format));
                }
                what = messages.getMessage(e.messageKey(), args.toArray(), e.kind().name(), locale);
            }
            String remarks = e.remarks() == null || e.remarks().isBlank() ? null : e.remarks();
            lines.add(new Line(e.at(), what, remarks));
        }
        return lines;
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
