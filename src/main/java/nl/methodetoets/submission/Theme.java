package nl.methodetoets.submission;

public enum Theme { WONEN, LEREN, WERKEN, INKOMEN, VEILIGHEID, GEZONDHEID, INTEGRATIE, LEEFBAARHEID }
