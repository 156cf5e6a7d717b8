/** Demo data for the embedded default: organisations, a user per role and studies in several states. */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"identity", "submission", "review", "advice"})
package nl.methodetoets.demo;

import org.springframework.modulith.ApplicationModule;
