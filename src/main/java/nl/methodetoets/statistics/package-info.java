/**
 * Agreement and trend statistics for the commission's annual advice: pure functions, no framework (not even
 * Spring Modulith's annotations: ModuleStructureTest keeps this package free of anything but the JDK).
 */
package nl.methodetoets.statistics;
