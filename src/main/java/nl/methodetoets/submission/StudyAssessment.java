package nl.methodetoets.submission;

import java.util.Map;

/** The outcome of a study's review as shown on the study: consolidated scores, verdict and anonymous feedback. */
public record StudyAssessment(String rubricVersion, Map<String, Integer> scores, int verdict, boolean exemplary,
                              boolean provisional, String motivation, Map<String, String> feedback) {
}
