/** The annual advice: a round per year, its drafts and approval, the archival PDF and publication of the studies. */
@ApplicationModule(displayName = "Advice", allowedDependencies = {"identity", "submission", "review", "statistics", "web :: tasks"})
package nl.methodetoets.advice;

import org.springframework.modulith.ApplicationModule;
