package nl.methodetoets.submission;

/**
 * What someone looks for in the studies list; every field is optional. {@code text} is matched case-insensitively
 * in the title, the summary and the text of the latest report version.
 */
public record StudySearch(Integer year, StudyStatus status, String organisation, Theme theme, StudyType studyType,
                          String text) {
    static final int MAX_TEXT = 200;

    public StudySearch {
        organisation = organisation == null || organisation.isBlank() ? null : organisation.trim();
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public static StudySearch all() {
        return new StudySearch(null, null, null, null, null, null);
    }

    public static StudySearch of(Integer year, StudyStatus status) {
        return new StudySearch(year, status, null, null, null, null);
    }
}
