package nl.methodetoets.submission;

import static nl.methodetoets.submission.StudyStatus.ASSESSED;
import static nl.methodetoets.submission.StudyStatus.AWAITING_COMPLETION;
import static nl.methodetoets.submission.StudyStatus.AWAITING_VERDICT;
import static nl.methodetoets.submission.StudyStatus.IN_CONSENSUS;
import static nl.methodetoets.submission.StudyStatus.IN_INTAKE;
import static nl.methodetoets.submission.StudyStatus.IN_OBJECTION;
import static nl.methodetoets.submission.StudyStatus.IN_REVIEW;
import static nl.methodetoets.submission.StudyStatus.PUBLISHED;
import static nl.methodetoets.submission.StudyStatus.REJECTED;
import static nl.methodetoets.submission.StudyStatus.SUBMITTED;
import static nl.methodetoets.submission.StudyStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of allowed status moves (DOMAIN.md). A move to the same status records a further entry without a
 * transition: a new report version or the completion while awaiting it, the reviewers assigned after acceptance, the
 * steps of an objection.
 */
final class StatusTransitions {
    private static final Map<StudyStatus, Set<StudyStatus>> NEXT = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(IN_INTAKE, WITHDRAWN)),
            Map.entry(IN_INTAKE, EnumSet.of(IN_REVIEW, AWAITING_COMPLETION, REJECTED, WITHDRAWN)),
            Map.entry(AWAITING_COMPLETION, EnumSet.of(AWAITING_COMPLETION, IN_INTAKE, WITHDRAWN)),
            Map.entry(IN_REVIEW, EnumSet.of(IN_REVIEW, IN_CONSENSUS, AWAITING_VERDICT, WITHDRAWN)),
            Map.entry(IN_CONSENSUS, EnumSet.of(AWAITING_VERDICT, WITHDRAWN)),
            Map.entry(AWAITING_VERDICT, EnumSet.of(ASSESSED, WITHDRAWN)),
            // after the verdict the study belongs to the advice; an objection reopens the verdict only
            Map.entry(ASSESSED, EnumSet.of(PUBLISHED, IN_OBJECTION)),
            Map.entry(IN_OBJECTION, EnumSet.of(IN_OBJECTION, ASSESSED)),
            Map.entry(PUBLISHED, EnumSet.noneOf(StudyStatus.class)),
            Map.entry(REJECTED, EnumSet.noneOf(StudyStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(StudyStatus.class)));

    private StatusTransitions() {
    }

    static boolean allowed(StudyStatus from, StudyStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }
}
