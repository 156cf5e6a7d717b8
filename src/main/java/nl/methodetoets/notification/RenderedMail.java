package nl.methodetoets.notification;

/** A mail as it goes into the outbox: rendered once, when the event happens, so later edits change nothing. */
record RenderedMail(String subject, String body) {
}
