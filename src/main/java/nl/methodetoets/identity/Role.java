package nl.methodetoets.identity;

/** The commission's roles; each is an engine group of the same id, so BPMN candidate groups name them directly. */
public enum Role {
    SUBMITTER, REVIEWER, CHAIR, SECRETARIAT, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
