/** E-mail notifications: domain events become outbox rows in the same transaction, a dispatcher delivers them over SMTP. */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"identity", "submission", "submission :: events", "review :: events", "advice :: events"})
package nl.methodetoets.notification;

import org.springframework.modulith.ApplicationModule;
