/** The annual advice: a round per year, its drafts and approval, the archival PDF and publication of the studies. */
package nl.methodetoets.advice;
