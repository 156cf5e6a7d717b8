package nl.methodetoets.review;

import java.util.Map;

/**
 * One reviewer's independent scores: a level (1–5) or null (n.v.t.) per criterion, with comments and,
 * optionally, the report pages that support each score (e.g. "12, 15–17").
 */
public record ScoreSheet(String reviewerId, Map<String, Integer> scores, Map<String, String> comments,
                         Map<String, String> pages, String summary) {

    public ScoreSheet {
        scores = scores == null ? new java.util.LinkedHashMap<>() : scores;
        comments = comments == null ? Map.of() : comments;
        pages = pages == null ? Map.of() : pages;
    }
}
