/**
 * The web shell: layout, home, the signed-in user's task list, the task page that includes each task type's form,
 * error pages and problem details. The task forms themselves belong to the modules that own the steps: they
 * implement {@link nl.methodetoets.web.TaskHandler}; this package knows no studies, reviews or advice.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {"identity"})
package nl.methodetoets.web;

import org.springframework.modulith.ApplicationModule;
