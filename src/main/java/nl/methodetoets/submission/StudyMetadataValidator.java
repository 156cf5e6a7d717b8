package nl.methodetoets.submission;

import java.time.Year;
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
        v.require(m.title() == null || m.title().length() <= 500, "title", "validation.tooLong", 500);
        v.require(m.authors() != null && !m.authors().isEmpty() && m.authors().stream().noneMatch(a -> a == null || a.isBlank()),
                "authors", "validation.authors");
        v.require(m.organisation() != null && identity.organisation(m.organisation()).isPresent(),
                "organisation", "validation.organisation");
        v.require(m.commissionedBy() == null || identity.organisation(m.commissionedBy()).isPresent(),
                "commissionedBy", "validation.organisation");
        v.require(m.year() != null && m.year() >= 2000 && m.year() <= Year.now().getValue() + 1, "year", "validation.year");
        v.require(m.studyType() != null, "studyType", "validation.required");
        v.require(m.themes() != null && !m.themes().isEmpty(), "themes", "validation.themes");
        v.require(m.wijken() != null, "wijken", "validation.required");
        v.require(m.summary() == null || m.summary().length() <= 20_000, "summary", "validation.tooLong", 20_000);
        v.throwIfInvalid();
    }
}
