/** Users, organisations, roles and the security configuration shared by the UI, the API and the Camunda webapps. */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
package nl.methodetoets.identity;

import org.springframework.modulith.ApplicationModule;
