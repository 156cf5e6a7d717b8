package nl.methodetoets.advice;

import java.time.Instant;

/**
 * An advice round whose work stopped on a failed job: the engine's incident, as the round's page shows it.
 *
 * @param stage      where the round stopped: {@code GATHER}, {@code DRAFT}, {@code FINAL} (rendering the archival
 *                   PDF and publishing) or {@code OTHER}
 * @param reason     the kind of problem, for the text in words
 * @param detail     the engine's technical message (for the secretariat and the administrator)
 * @param since      when the incident was raised
 * @param incidentId the engine's incident
 */
public record RenderingFailure(String stage, AdviceRenderingException.Reason reason, String detail, Instant since,
                               String incidentId) {
}
