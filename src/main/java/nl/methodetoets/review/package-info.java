/** The commission's review: the instrument, reviewer assignment, blind scoring, consolidation, consensus and verdict. */
package nl.methodetoets.review;
