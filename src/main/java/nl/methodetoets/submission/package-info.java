/** Studies and their reports: submission, intake, completion, withdrawal and the status timeline a submitter follows. */
package nl.methodetoets.submission;
