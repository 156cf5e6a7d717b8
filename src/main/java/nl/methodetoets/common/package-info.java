/**
 * The few types every module shares: domain errors that the web layer turns into problem details, validation,
 * user messages. An open module: every module may use all of it, and it depends on none.
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package nl.methodetoets.common;

import org.springframework.modulith.ApplicationModule;
