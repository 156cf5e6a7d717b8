/** E-mail notifications: domain events become outbox rows in the same transaction, a dispatcher delivers them over SMTP. */
package nl.methodetoets.notification;
