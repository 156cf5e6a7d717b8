package nl.methodetoets.submission.web;

import java.util.List;
import nl.methodetoets.common.Enums;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.submission.StudyMetadata;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.Theme;

/** The {@code metadata} part of a submission as it arrives; enums are parsed here so errors name the field. */
record MetadataRequest(String title, List<String> authors, String organisation, String commissionedBy, Integer year,
                       String studyType, List<String> wijken, List<String> themes, String summary) {

    StudyMetadata toMetadata() {
        if (themes != null && themes.size() > InputLimits.THEMES) { // before parsing 100,000 of them one by one
            throw new InvalidInputException("themes", "validation.tooMany", InputLimits.THEMES);
        }
        StudyType type = studyType == null ? null : Enums.parse(StudyType.class, studyType, "studyType");
        List<Theme> parsedThemes = themes == null ? null : themes.stream().map(t -> Enums.parse(Theme.class, t, "themes")).toList();
        return new StudyMetadata(title, authors, organisation, commissionedBy, year, type,
                wijken == null ? List.of() : wijken, parsedThemes, summary);
    }
}
