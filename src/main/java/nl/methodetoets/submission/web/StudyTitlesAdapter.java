package nl.methodetoets.submission.web;

import java.util.Collection;
import java.util.Map;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.StudyTitles;
import org.springframework.stereotype.Component;

/** Gives the web shell's task list the titles of the studies it shows. */
@Component
class StudyTitlesAdapter implements StudyTitles {
    private final SubmissionManagement submissions;

    StudyTitlesAdapter(SubmissionManagement submissions) {
        this.submissions = submissions;
    }

    @Override
    public Map<String, String> titles(Collection<String> studyIds) {
        return submissions.titles(studyIds);
    }
}
