package nl.methodetoets.advice;

import org.springframework.modulith.NamedInterface;

/** Draft {@code draftNumber} of the annual advice of {@code year} is rendered and waits for the chair's approval. */
@NamedInterface("events")
public record DraftAdviceRendered(int year, int draftNumber) {
}
