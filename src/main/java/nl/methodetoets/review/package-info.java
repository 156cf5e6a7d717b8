/** The commission's review: the instrument, conflicts of interest, reviewer assignment, blind scoring, consolidation, consensus and verdict. */
@ApplicationModule(displayName = "Review", allowedDependencies = {"identity", "submission", "web :: tasks"})
package nl.methodetoets.review;

import org.springframework.modulith.ApplicationModule;
