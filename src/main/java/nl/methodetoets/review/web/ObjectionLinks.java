package nl.methodetoets.review.web;

import nl.methodetoets.submission.Objection;

/** Where an objection's attachment is served: the API path in task details; the page links the same path without /api. */
final class ObjectionLinks {
    private ObjectionLinks() {
    }

    /** The API path of the objection's attachment, or null when it has none. */
    static String attachment(String studyId, Objection objection) {
        return objection.attachment() == null ? null
                : "/api/studies/" + studyId + "/objections/" + objection.id() + "/attachment";
    }

    /** The browser's path for an API path from {@link #attachment}; null stays null. */
    static String page(String apiPath) {
        return apiPath == null ? null : apiPath.substring("/api".length());
    }
}
