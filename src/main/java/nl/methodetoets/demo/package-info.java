/** Demo data for the embedded default: organisations, a user per role and studies in several states. */
package nl.methodetoets.demo;
