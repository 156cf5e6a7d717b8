package nl.methodetoets.advice;

/** One study of a round as the secretariat sees it while drafting: what it is and the verdict it got. */
public record RoundStudy(String id, String title, String organisation, Integer verdict, boolean exemplary) {
}
