/**
 * Agreement and trend statistics for the commission's annual advice: pure functions, no framework.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = {})
package nl.methodetoets.statistics;

import org.springframework.modulith.ApplicationModule;
