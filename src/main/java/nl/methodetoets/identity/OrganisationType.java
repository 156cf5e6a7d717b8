package nl.methodetoets.identity;

public enum OrganisationType { GEMEENTE, UNIVERSITEIT, KENNISINSTITUUT, OVERIG }
