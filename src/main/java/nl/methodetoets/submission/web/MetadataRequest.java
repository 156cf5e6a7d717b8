package nl.methodetoets.submission.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.methodetoets.common.Enums;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.submission.StudyMetadata;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.Theme;

/** The {@code metadata} part of a submission as it arrives; enums are parsed here so errors name the field. */
@Schema(name = "StudyMetadata", description = "What a study is: its title, authors, organisations, year, kind, "
        + "neighbourhoods and themes.", requiredProperties = {"title", "authors", "organisation", "year", "studyType", "themes"})
record MetadataRequest(@Schema(description = "The study's title.") String title,
                       @Schema(description = "The authors, at least one.") List<String> authors,
                       @Schema(description = "The id of the submitting organisation (a SUBMITTER's own).",
                               example = "gemeente-den-haag") String organisation,
                       @Schema(description = "The id of the organisation that commissioned the study, if any.")
                       String commissionedBy,
                       @Schema(description = "The year the study was published.", example = "2012") Integer year,
                       @Schema(description = "The kind of study.", allowableValues = {"EFFECT", "MONITOR", "PROCESS"})
                       String studyType,
                       @Schema(description = "The neighbourhoods (wijken) the study is about.") List<String> wijken,
                       @ArraySchema(arraySchema = @Schema(description = "The themes the study covers, at least one."),
                               schema = @Schema(implementation = Theme.class)) List<String> themes,
                       @Schema(description = "A short summary.") String summary,
                       @Schema(description = "Whether the report may be published in the public register once the "
                               + "study is part of a published annual advice (default false); changeable later with "
                               + "PUT /api/studies/{id}/public-report.") Boolean publicReport) {

    StudyMetadata toMetadata() {
        if (themes != null && themes.size() > InputLimits.THEMES) { // before parsing 100,000 of them one by one
            throw new InvalidInputException("themes", "validation.tooMany", InputLimits.THEMES);
        }
        StudyType type = studyType == null ? null : Enums.parse(StudyType.class, studyType, "studyType");
        List<Theme> parsedThemes = themes == null ? null : themes.stream().map(t -> Enums.parse(Theme.class, t, "themes")).toList();
        return new StudyMetadata(title, authors, organisation, commissionedBy, year, type,
                wijken == null ? List.of() : wijken, parsedThemes, summary, Boolean.TRUE.equals(publicReport));
    }
}
