package nl.methodetoets.submission;

import java.util.List;

/**
 * Something another module did with a study that moves it on: {@code review} and {@code advice} publish their own
 * event records implementing this, and this module records them in the timeline through its transition table
 * (synchronously, in the publisher's transaction). Defined here so that this module need not know the publishers.
 */
public interface StudyMilestone {
    String studyId();

    /** What happened, in the timeline's terms. */
    TimelineKind timelineKind();

    /** The user whose act it was, or null for the system. */
    default String actor() {
        return null;
    }

    /** Arguments of the entry's text (e.g. the advice year), as text. */
    default List<String> messageArgs() {
        return List.of();
    }
}
