package nl.methodetoets.review;

import java.util.Map;

/** One reviewer's independent scores: a level (1–5) or null (n.v.t.) per criterion, with comments. */
public record ScoreSheet(String reviewerId, Map<String, Integer> scores, Map<String, String> comments, String summary) {
}
