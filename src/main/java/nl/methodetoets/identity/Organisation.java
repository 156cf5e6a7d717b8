package nl.methodetoets.identity;

public record Organisation(String id, String name, OrganisationType type) {
}
