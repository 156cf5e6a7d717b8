package nl.methodetoets.review;

import java.util.List;

/** A version of the instrument (beoordelingskader): criteria with their anchors per level. */
public record Rubric(String version, List<Criterion> criteria) {

    public record Criterion(String code, String name, String dimension, List<String> notApplicableFor, List<Level> levels) {
        public boolean mayBeNotApplicable(String studyType) {
            return notApplicableFor.contains(studyType);
        }
    }

    public record Level(int level, String anchor) {
    }

    public List<String> codes() {
        return criteria.stream().map(Criterion::code).toList();
    }
}
