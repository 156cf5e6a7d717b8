package nl.methodetoets.identity.web;

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
class IdentityController {
    record OrganisationRequest(String id, String name, String type) {
    }

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
    ResponseEntity<Organisation> createOrganisation(@RequestBody OrganisationRequest request) {
        OrganisationType type = Enums.parse(OrganisationType.class, request.type(), "type");
        Organisation created = identity.createOrganisation(new Organisation(request.id(), request.name(), type));
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }

    @GetMapping("/organisations")
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    List<Organisation> organisations() {
        return identity.organisations();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserAccount> createUser(@RequestBody UserRequest request) {
        Set<Role> roles = request.roles() == null ? Set.of()
                : request.roles().stream().map(r -> Enums.parse(Role.class, r, "roles")).collect(Collectors.toSet());
        UserAccount created = identity.createUser(new NewUser(request.id(), request.name(), request.email(),
                request.password(), request.organisation(), roles));
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
    }

    @GetMapping("/users")
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    List<UserAccount> users(@RequestParam(required = false) String role) {
        return identity.users(role == null ? null : Enums.parse(Role.class, role, "role"));
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT') or #id == authentication.name")
    UserAccount user(@PathVariable String id) {
        return identity.existingUser(id);
    }

    /** Lifts a temporary lock after wrong passwords at once, and clears the count (204 also when none ran). */
    @DeleteMapping("/users/{id}/lock")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> unlock(@PathVariable String id) {
        lockout.lift(identity.existingUser(id).id());
        return ResponseEntity.noContent().build();
    }
}
