package nl.methodetoets.submission;

import java.util.List;

/** What a submitter tells about a study; the report itself travels separately. */
public record StudyMetadata(String title, List<String> authors, String organisation, String commissionedBy,
                            Integer year, StudyType studyType, List<String> wijken, List<Theme> themes, String summary) {
}
