package nl.methodetoets.submission;

public enum IntakeDecision { ACCEPT, REQUEST_COMPLETION, REJECT }
