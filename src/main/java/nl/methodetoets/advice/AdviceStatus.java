package nl.methodetoets.advice;

public enum AdviceStatus { DRAFTING, RENDERING, AWAITING_APPROVAL, PUBLISHED }
