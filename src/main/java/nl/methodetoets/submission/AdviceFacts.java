package nl.methodetoets.submission;

/**
 * What this module needs to know from the advice module without depending on it (the advice module implements it):
 * whether a year's advice is approved, after which its studies' verdicts are final.
 */
public interface AdviceFacts {
    /**
     * Whether the chair approved the year's advice (or it is published). Locks the year's round, if there is one, for
     * the rest of the transaction, so an approval and an objection of that year never pass each other unseen.
     */
    boolean approvedLocking(int year);
}
