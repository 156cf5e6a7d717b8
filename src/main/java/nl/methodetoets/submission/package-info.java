/** Studies and their reports: submission, intake, completion, withdrawal and the status timeline a submitter follows. */
@ApplicationModule(displayName = "Submission", allowedDependencies = {"identity", "idempotency", "web :: tasks"})
package nl.methodetoets.submission;

import org.springframework.modulith.ApplicationModule;
