package nl.methodetoets.advice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.methodetoets.advice.AdviceDocument.Member;
import nl.methodetoets.advice.AdviceDocument.MemberRole;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Component;

/** Builds the advice document model from the round's studies and statistics, and renders it. */
@Component
class AdviceDocuments {
    /** The roles the advice lists as the commission, highest first: someone with several is listed under the first. */
    private static final Map<Role, MemberRole> COMMISSION = new LinkedHashMap<>();

    static {
        COMMISSION.put(Role.CHAIR, MemberRole.CHAIR);
        COMMISSION.put(Role.REVIEWER, MemberRole.MEMBER);
        COMMISSION.put(Role.SECRETARIAT, MemberRole.SECRETARIAT);
    }

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
        Map<String, String> organisations = identity.organisationNames();
        List<AdviceDocument.AdviceStudy> studies = new ArrayList<>();
        for (Study study : submissions.studies(studyIds)) { // one query for the studies, one per study's assessment
            StudyAssessment a = submissions.assessment(study.id()).orElse(null);
            boolean exemplary = a != null && a.exemplary();
            String commissionedBy = study.metadata().commissionedBy();
            studies.add(new AdviceDocument.AdviceStudy(study.id(), study.title(), study.metadata().authors(),
                    organisations.getOrDefault(study.organisation(), study.organisation()),
                    commissionedBy == null ? null : organisations.getOrDefault(commissionedBy, commissionedBy),
                    study.metadata().studyType().name(), a == null ? null : a.verdict(), exemplary,
                    a != null && a.provisional(), exemplary ? a.motivation() : null, exemplary ? a.scores() : null,
                    study.status() == StudyStatus.IN_OBJECTION));
        }
        studies.sort(Comparator.comparing(AdviceDocument.AdviceStudy::title));
        RoundStatistics stats = statistics.compute(year, studyIds);
        Rubric rubric = statistics.roundRubric(studyIds);
        Map<Integer, Long> distribution = new TreeMap<>();
        stats.verdicts().forEach((level, count) -> distribution.put(Integer.valueOf(level), count));
        RoundStatistics.Trend t = stats.trend();
        List<AdviceDocument.CriterionFinding> findings = stats.criteria().entrySet().stream()
                .map(e -> new AdviceDocument.CriterionFinding(e.getKey(), e.getValue().name(), e.getValue().mean(),
                        e.getValue().belowThree(), e.getValue().alphaOrdinal(), change(t, e.getKey())))
                .toList();
        AdviceDocument.Trend trend = t == null || t.previousYear() == null ? null
                : new AdviceDocument.Trend(t.previousYear(), t.meanVerdictDifference(),
                t.ci95() == null ? null : t.ci95().get(0), t.ci95() == null ? null : t.ci95().get(1), t.reading());
        List<UserAccount> people = new ArrayList<>();
        COMMISSION.keySet().forEach(role -> people.addAll(identity.users(role)));
        return renderer.render(new AdviceDocument(year, draftNumber > 0, draftNumber, conclusions, recommendations,
                studies, commission(people, organisations), distribution, findings, stats.fallsShort(), trend,
                AdviceDocument.Instrument.of(rubric), OffsetDateTime.now(clock)));
    }

    private static AdviceDocument.Change change(RoundStatistics.Trend trend, String code) {
        RoundStatistics.CriterionTrend c = trend == null ? null : trend.criteria().get(code);
        if (c == null) {
            return null;
        }
        return new AdviceDocument.Change(c.previousMean(), c.difference(), c.ci95() == null ? null : c.ci95().get(0),
                c.ci95() == null ? null : c.ci95().get(1), c.reading());
    }

    /**
     * The commission as the advice lists it: every chair, reviewer and secretariat member once, under their highest
     * of these roles (chair, then member, then secretariat), by name within a role. Other roles (an admin,
     * a submitter) do not make anyone a member.
     */
    static List<Member> commission(List<UserAccount> people, Map<String, String> organisations) {
        Map<String, Member> byId = new LinkedHashMap<>();
        for (UserAccount person : people) {
            COMMISSION.entrySet().stream().filter(e -> person.has(e.getKey())).findFirst().ifPresent(e ->
                    byId.putIfAbsent(person.id(), new Member(person.name(), e.getValue(),
                            organisations.getOrDefault(person.organisation(), person.organisation()))));
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(Member::role).thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
