package nl.methodetoets.submission;

import java.util.List;

/**
 * What a submitter tells about a study; the report itself travels separately. {@code publicReport}: the submitter's
 * consent that the report may be published in the public register once the study is part of a published advice
 * (false unless given; the submitter may change it later).
 */
public record StudyMetadata(String title, List<String> authors, String organisation, String commissionedBy,
                            Integer year, StudyType studyType, List<String> wijken, List<Theme> themes, String summary,
                            boolean publicReport) {

    /** Metadata without consent to publish the report. */
    public StudyMetadata(String title, List<String> authors, String organisation, String commissionedBy, Integer year,
                         StudyType studyType, List<String> wijken, List<Theme> themes, String summary) {
        this(title, authors, organisation, commissionedBy, year, studyType, wijken, themes, summary, false);
    }
}
