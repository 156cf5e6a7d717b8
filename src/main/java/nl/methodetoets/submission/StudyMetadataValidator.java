package nl.methodetoets.submission;

import java.time.Year;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Identity;
import org.springframework.stereotype.Component;

/** Checks a submission's metadata and reports every problem at once. */
@Component
class StudyMetadataValidator {
    private final Identity identity;

    StudyMetadataValidator(Identity identity) {
        this.identity = identity;
    }

    void validate(StudyMetadata m) {
        Validation v = new Validation();
        v.notBlank(m.title(), "title");
        v.line(m.title(), "title", InputLimits.TITLE);
        v.require(m.authors() != null && !m.authors().isEmpty() && m.authors().stream().noneMatch(a -> a == null || a.isBlank()),
                "authors", "validation.authors");
        v.list(m.authors(), "authors", InputLimits.AUTHORS, InputLimits.LIST_ENTRY, InputLimits.LIST_COLUMN);
        v.line(m.organisation(), "organisation", InputLimits.ID);
        v.line(m.commissionedBy(), "commissionedBy", InputLimits.ID);
        v.require(v.has("organisation") || m.organisation() != null && identity.organisation(m.organisation()).isPresent(),
                "organisation", "validation.organisation");
        v.require(v.has("commissionedBy") || m.commissionedBy() == null || identity.organisation(m.commissionedBy()).isPresent(),
                "commissionedBy", "validation.organisation");
        v.require(m.year() != null && m.year() >= 2000 && m.year() <= Year.now().getValue() + 1, "year", "validation.year");
        v.require(m.studyType() != null, "studyType", "validation.required");
        v.require(m.themes() != null && !m.themes().isEmpty(), "themes", "validation.themes");
        v.require(m.themes() == null || m.themes().size() <= InputLimits.THEMES, "themes", "validation.tooMany", InputLimits.THEMES);
        v.require(m.wijken() != null, "wijken", "validation.required");
        v.list(m.wijken(), "wijken", InputLimits.WIJKEN, InputLimits.LIST_ENTRY, InputLimits.LIST_COLUMN);
        v.text(m.summary(), "summary", InputLimits.SUMMARY);
        v.throwIfInvalid();
    }
}
