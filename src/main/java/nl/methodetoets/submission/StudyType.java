package nl.methodetoets.submission;

public enum StudyType { EFFECT, MONITOR, PROCESS }
