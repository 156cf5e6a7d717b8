/** The web shell: layout, home, the signed-in user's task list and the task forms, error pages and problem details. */
package nl.methodetoets.web;
