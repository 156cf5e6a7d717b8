/** Users, organisations, roles and the security configuration shared by the UI, the API and the Camunda webapps. */
package nl.methodetoets.identity;
