package nl.methodetoets.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.methodetoets.common.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors into one security model: HTTP Basic for the JSON API and the engine REST API (stateless, no
 * CSRF), form login with sessions and CSRF for the browser UI. The Camunda webapps and the engine REST API
 * are for ADMINs only; nothing of the engine is reachable anonymously.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, MessageSource messages) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        // the engine REST API is a Jersey servlet, not Spring MVC: match it by plain path
                        .requestMatchers(path("/engine-rest/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(json, messages)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized(json, messages))
                        .accessDeniedHandler(forbidden(json, messages)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(path("/camunda/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(basic -> { })
                // the scoring page shows the report PDF beside the instrument in an iframe of our own origin
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                // the Camunda webapps bring their own CSRF protection
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json, MessageSource messages) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Methodetoets\"");
            problem(request, response, json, messages, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthorized");
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json, MessageSource messages) {
        return (request, response, e) ->
                problem(request, response, json, messages, HttpServletResponse.SC_FORBIDDEN, "error.forbidden");
    }

    /** The filters answer before any controller advice can: write the problem details here, in the caller's language. */
    private static void problem(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                                MessageSource messages, int status, String key) throws java.io.IOException {
        String detail = messages.getMessage(key, null, Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), Map.of(
                "type", "about:blank",
                "title", status == 401 ? "Unauthorized" : "Forbidden",
                "status", status,
                "detail", detail));
    }
}
