package nl.methodetoets.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.methodetoets.common.Enums;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.LoginLockout;
import nl.methodetoets.identity.NewUser;
import nl.methodetoets.identity.Organisation;
import nl.methodetoets.identity.OrganisationType;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users and organisations: ADMIN writes, SECRETARIAT reads. */
@RestController
@RequestMapping("/api")
@Tag(name = "Users and organisations", description = "Organisations and users with their roles: ADMIN creates them, "
        + "SECRETARIAT may read them.")
class IdentityController {
    @io.swagger.v3.oas.annotations.media.Schema(name = "NewOrganisation", description = "An organisation to create.",
            requiredProperties = {"id", "name", "type"})
    record OrganisationRequest(@io.swagger.v3.oas.annotations.media.Schema(description = "Its id: 2 to 64 lowercase "
                                       + "letters, digits, dots, hyphens or underscores.", example = "gemeente-den-haag") String id,
                               @io.swagger.v3.oas.annotations.media.Schema(description = "Its display name.") String name,
                               @io.swagger.v3.oas.annotations.media.Schema(description = "The kind of organisation.",
                                       implementation = OrganisationType.class) String type) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "NewUser", description = "A user to create.",
            requiredProperties = {"id", "name", "email", "password", "organisation", "roles"})
    record UserRequest(String id, String name, String email, String password, String organisation, List<String> roles) {
    }

    private final Identity identity;
    private final LoginLockout lockout;

    IdentityController(Identity identity, LoginLockout lockout) {
        this.identity = identity;
        this.lockout = lockout;
    }

    @PostMapping("/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "createOrganisation", summary = "Create an organisation", description = "ADMIN only. Organisations submit studies and are "
            + "what conflicts of interest are declared against.")
    @ApiResponse(responseCode = "201", description = "The organisation is created.")
    @ApiResponse(responseCode = "409", description = "An organisation with this id exists.")
    ResponseEntity<Organisation> createOrganisation(@RequestBody OrganisationRequest request) {
        OrganisationType type = Enums.parse(OrganisationType.class, request.type(), "type");
        Organisation created = identity.createOrganisation(new Organisation(request.id(), request.name(), type));
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }

    @GetMapping("/organisations")
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "ADMIN and SECRETARIAT: every organisation.")
    @ApiResponse(responseCode = "200", description = "The organisations.")
    List<Organisation> organisations() {
        return identity.organisations();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "createUser", summary = "Create a user", description = "ADMIN only: a user of an organisation with one or more "
            + "roles (SUBMITTER, REVIEWER, CHAIR, SECRETARIAT, ADMIN), who signs in with this id and password.")
    @ApiResponse(responseCode = "201", description = "The user is created.")
    @ApiResponse(responseCode = "409", description = "A user with this id exists.")
    ResponseEntity<UserAccount> createUser(@RequestBody UserRequest request) {
        Set<Role> roles = request.roles() == null ? Set.of()
                : request.roles().stream().map(r -> Enums.parse(Role.class, r, "roles")).collect(Collectors.toSet());
        UserAccount created = identity.createUser(new NewUser(request.id(), request.name(), request.email(),
                request.password(), request.organisation(), roles));
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
    }

    @GetMapping("/users")
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Operation(operationId = "listUsers", summary = "List users", description = "ADMIN and SECRETARIAT: every user, or those with a role.")
    @ApiResponse(responseCode = "200", description = "The users.")
    List<UserAccount> users(@Parameter(description = "Only users with this role (SUBMITTER, REVIEWER, CHAIR, "
            + "SECRETARIAT, ADMIN).") @RequestParam(required = false) String role) {
        return identity.users(role == null ? null : Enums.parse(Role.class, role, "role"));
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT') or #id == authentication.name")
    @Operation(operationId = "getUser", summary = "Read a user", description = "ADMIN and SECRETARIAT read anyone; every user reads themselves.")
    @ApiResponse(responseCode = "200", description = "The user.")
    UserAccount user(@Parameter(description = "The user's id.") @PathVariable String id) {
        return identity.existingUser(id);
    }

    /** Lifts a temporary lock after wrong passwords at once, and clears the count (204 also when none ran). */
    @DeleteMapping("/users/{id}/lock")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "liftLoginLock", summary = "Lift a sign-in lock", description = "ADMIN only. Ten wrong "
            + "passwords in a row lock an account name for at most 15 minutes; this lifts such a lock at once and clears "
            + "the count of wrong passwords. Answers 204 also when the account was not locked.")
    @ApiResponse(responseCode = "204", description = "The account can sign in again.")
    ResponseEntity<Void> unlock(@Parameter(description = "The user's id.") @PathVariable String id) {
        lockout.lift(identity.existingUser(id).id());
        return ResponseEntity.noContent().build();
    }
}
