package nl.methodetoets.advice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Component;

/** Builds the advice document model from the round's studies and statistics, and renders it. */
@Component
class AdviceDocuments {
    private final SubmissionManagement submissions;
    private final Identity identity;
    private final AdviceStatistics statistics;
    private final Clock clock;
    private final AdvicePdfRenderer renderer;

    AdviceDocuments(SubmissionManagement submissions, Identity identity, AdviceStatistics statistics, AdviceRules rules,
                    Clock clock) {
        this.submissions = submissions;
        this.identity = identity;
        this.statistics = statistics;
        this.clock = clock;
        this.renderer = new AdvicePdfRenderer(clock, rules);
    }

    /** {@code draftNumber} 0 renders the final document. */
    byte[] render(int year, List<String> studyIds, String conclusions, String recommendations, int draftNumber) {
        List<AdviceDocument.AdviceStudy> studies = new ArrayList<>();
        for (String id : studyIds) {
            Study study = submissions.existing(id);
            StudyAssessment a = submissions.assessment(id).orElse(null);
            String organisation = identity.organisation(study.organisation()).map(o -> o.name()).orElse(study.organisation());
            studies.add(new AdviceDocument.AdviceStudy(id, study.title(), study.metadata().authors(), organisation,
                    study.metadata().studyType().name(), a == null ? null : a.verdict(), a != null && a.exemplary(),
                    a != null && a.provisional(), a == null || !a.exemplary() ? null : a.motivation(),
                    study.status() == StudyStatus.IN_OBJECTION));
        }
        studies.sort(Comparator.comparing(AdviceDocument.AdviceStudy::title));
        RoundStatistics stats = statistics.compute(year, studyIds);
        Map<Integer, Long> distribution = new TreeMap<>();
        stats.verdicts().forEach((level, count) -> distribution.put(Integer.valueOf(level), count));
        List<AdviceDocument.CriterionFinding> findings = stats.criteria().entrySet().stream()
                .map(e -> new AdviceDocument.CriterionFinding(e.getKey(), e.getValue().name(), e.getValue().mean(),
                        e.getValue().belowThree(), e.getValue().alphaOrdinal(),
                        stats.trend().criteria().containsKey(e.getKey()) ? stats.trend().criteria().get(e.getKey()).previousMean() : null))
                .toList();
        RoundStatistics.Trend t = stats.trend();
        AdviceDocument.Trend trend = t == null || t.previousYear() == null ? null
                : new AdviceDocument.Trend(t.previousYear(), t.meanVerdictDifference(),
                t.ci95() == null ? null : t.ci95().get(0), t.ci95() == null ? null : t.ci95().get(1), t.reading());
        List<String> members = identity.users(Role.REVIEWER).stream().map(UserAccount::name).sorted().toList();
        return renderer.render(new AdviceDocument(year, draftNumber > 0, draftNumber, conclusions, recommendations,
                studies, members, distribution, findings, trend, OffsetDateTime.now(clock)));
    }
}
