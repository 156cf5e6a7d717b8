package nl.methodetoets.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.methodetoets.common.Languages;
import nl.methodetoets.common.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors into one security model: HTTP Basic for the JSON API and the engine REST API (stateless, no
 * CSRF), form login with sessions and CSRF for the browser UI. The Camunda webapps and the engine REST API
 * are for ADMINs only; nothing of the engine is reachable anonymously.
 *
 * <p>Headers and sessions (issue 10): every page of ours gets a strict Content-Security-Policy ({@link #UI_POLICY}:
 * no inline script or style, scripts and styles from our own origin only), JSON a policy that allows nothing and
 * files (report PDFs) one that only limits framing ({@link ContentSecurityPolicies}); Swagger UI a looser page policy
 * for its inline styles, and the Camunda webapps keep the policy they set themselves. Referrer-Policy same-origin everywhere,
 * X-Frame-Options SAMEORIGIN on the UI. Basic credentials never create a session (the UI also takes them, e.g. for
 * scripts that read a page, but statelessly: no session, so a form of the UI posted with only Basic credentials
 * has no valid CSRF token and is refused). A browser-like request is never challenged for Basic credentials. A
 * state-changing API request from another origin is refused ({@link CrossOriginRefusal}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Our own pages: everything from our origin, no inline script or style, no plugins, framed only by ourselves. */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** Swagger UI (springdoc) sets inline styles from its scripts; the rest as strict as ours. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The public register (issue 11), {@code /openbaar/**} and {@code /api/public/**}: read-only and open to everyone,
     * and answered without a session: no session is created, read or used, so a page looks the same to every reader
     * (what a shared cache needs) and shows no signed-in navigation. Credentials sent along are ignored. No CSRF (GET
     * only; anything else is 405), the same content policies as elsewhere, and Spring Security's
     * {@code Cache-Control: no-cache, no-store} switched off: the register sets its own (advice's PublicCaching).
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicRegisterSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/openbaar"), path("/openbaar/**"), path("/api/public/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(new ContentSecurityPolicies(UI_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, MessageSource messages,
                                    @Value("${methodetoets.base-url:}") String baseUrl) throws Exception {
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
                // instead of CSRF tokens: no state-changing request from another site's page
                .addFilterBefore(new CrossOriginRefusal(baseUrl, (request, response) -> problem(request, response, json,
                        messages, HttpServletResponse.SC_FORBIDDEN, "error.crossOrigin")), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .addHeaderWriter(new ContentSecurityPolicies(UI_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, ObjectMapper json, MessageSource messages) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(path("/camunda/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Basic credentials are taken, but never make a session (the context lives for the request only)
                .httpBasic(basic -> basic
                        .authenticationEntryPoint(unauthorized(json, messages))
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .headers(SecurityConfiguration::uiHeaders)
                // the Camunda webapps bring their own CSRF protection
                .csrf(csrf -> csrf
                        .csrfTokenRepository(new NoSessionForBasicCsrfTokens(new HttpSessionCsrfTokenRepository()))
                        .ignoringRequestMatchers(path("/camunda/**")))
                .build();
    }

    private static void uiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi = new OrRequestMatcher(path("/swagger-ui/**"), path("/swagger-ui.html"));
        // the Camunda webapps send a Content-Security-Policy of their own (with their script nonces)
        RequestMatcher camunda = path("/camunda/**");
        headers
                // the scoring page shows the report PDF beside the instrument in an iframe of our own origin
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(swaggerUi, camunda)),
                        new ContentSecurityPolicies(UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicies(SWAGGER_UI_POLICY)));
    }

    /**
     * CSRF tokens live in the session; a request with Basic credentials and no session gets a token that is never
     * stored (no session for it), so its form posts are refused like any post without a valid token.
     */
    private record NoSessionForBasicCsrfTokens(CsrfTokenRepository sessions) implements CsrfTokenRepository {
        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return sessions.generateToken(request);
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            if (!BrowserRequests.sendsBasicCredentials(request) || request.getSession(false) != null) {
                sessions.saveToken(token, request, response);
            }
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            return sessions.loadToken(request);
        }
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json, MessageSource messages) {
        return (request, response, e) -> {
            // a browser would show its own sign-in dialog and remember what is typed there: challenge API clients only
            if (!BrowserRequests.looksLikeBrowser(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Methodetoets\"");
            }
            problem(request, response, json, messages, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthorized");
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json, MessageSource messages) {
        return (request, response, e) ->
                problem(request, response, json, messages, HttpServletResponse.SC_FORBIDDEN, "error.forbidden");
    }

    /** The filters answer before any controller advice can: write the problem details here, in the caller's language. */
    static void problem(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                                MessageSource messages, int status, String key) throws java.io.IOException {
        String detail = messages.getMessage(key, null, Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        ProblemResponses.write(response, json, HttpStatus.valueOf(status), detail, null, Map.of());
    }
}
