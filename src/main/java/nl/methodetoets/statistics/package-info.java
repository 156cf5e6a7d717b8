/**
 * Agreement and trend statistics for the commission's annual advice: pure functions, no framework.
 */
package nl.methodetoets.statistics;
