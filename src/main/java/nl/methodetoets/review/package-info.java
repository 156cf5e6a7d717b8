/** The commission's review: the instrument, conflicts of interest, reviewer assignment, blind scoring, consolidation, consensus and verdict. */
package nl.methodetoets.review;
