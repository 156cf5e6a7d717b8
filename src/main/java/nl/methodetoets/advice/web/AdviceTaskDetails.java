package nl.methodetoets.advice.web;

import nl.methodetoets.advice.AdviceRound;

/** What both advice tasks show: the year's round (its studies, texts, draft number and the chair's remarks). */
record AdviceTaskDetails(AdviceRound round) {
}
