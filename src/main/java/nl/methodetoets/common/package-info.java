/** The few types every module shares: domain errors that the web layer turns into problem details. */
package nl.methodetoets.common;
