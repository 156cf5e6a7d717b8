package nl.methodetoets.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One sign-in for the app and the Camunda webapps (Cockpit, Tasklist, Admin): Camunda's documented container-based
 * authentication, with the person Spring Security signed in (form login or Basic) as the "container" user. Spring
 * Security lets only ADMINs into {@code /camunda/**}; this filter, registered after it, hands their id to the webapps,
 * which then load the user's engine groups (ADMINs are in {@code camunda-admin}). Which webapps a person may open is
 * an engine authorization on the resource APPLICATION; the group {@code camunda-admin} gets all of them here (the
 * engine lets that group do everything else already).
 *
 * <p>The only class in main code that uses an {@code org.camunda..impl..} class (the webapps' filter); the
 * architecture rule {@code onlyThePublicEngineApiIsUsed} names it as its single exception.
 */
@Configuration
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class CamundaWebappLogin {
    /** Looked up at start-up, not injected: the engine must not be built before Flyway has made the app's tables. */
    private final ObjectProvider<AuthorizationService> engineAuthorizations;

    CamundaWebappLogin(ObjectProvider<AuthorizationService> engineAuthorizations) {
        this.engineAuthorizations = engineAuthorizations;
    }

    /**
     * Cockpit, Tasklist and Admin, and everything in them, for the group {@code camunda-admin}, once: the grants
     * Camunda's own first-admin setup makes (ALL on every resource type), so the webapps show ADMINs all data.
     */
    @EventListener(ApplicationReadyEvent.class)
    void webappsForAdmins() {
        AuthorizationService authorizations = engineAuthorizations.getObject();
        for (Resources resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery().groupIdIn(Identity.CAMUNDA_ADMIN_GROUP)
                    .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Identity.CAMUNDA_ADMIN_GROUP);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerBasedAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camundaContainerBasedAuthentication");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's filter chain, so the signed-in person is known
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Reads the person Spring Security signed in; instantiated by the Camunda filter by class name. */
    public static class SpringSecurityUser implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return AuthenticationResult.unsuccessful();
            }
            String userId = authentication.getName();
            AuthenticationResult result = AuthenticationResult.successful(userId);
            List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList();
            List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(userId)
                    .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
            result.setGroups(groups);
            result.setTenants(tenants);
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // the app's own login page is the challenge; Spring Security sends people there before this filter runs
        }
    }
}
