package nl.methodetoets.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS, TRACE) to the JSON or engine REST API whose
 * {@code Origin} header names another site: a page elsewhere must not make a signed-in browser post, withdraw or
 * delete. The app's own origin is the request's own scheme, host and port (as the proxy forwarded them, see
 * {@code server.forward-headers-strategy}) or that of {@code methodetoets.base-url}. A request without an
 * {@code Origin} (scripts, curl, the app's own forms) passes. Runs before authentication, so a refused request does
 * not even count as a sign-in attempt. Not a bean: it belongs to the API's filter chain only.
 */
final class CrossOriginRefusal extends OncePerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final String configuredOrigin;
    private final Refusal refusal;

    /** Writes the refusal (a 403 problem in the caller's language). */
    @FunctionalInterface
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    CrossOriginRefusal(String baseUrl, Refusal refusal) {
        this.configuredOrigin = baseUrl == null || baseUrl.isBlank() ? null : originOf(baseUrl.strip());
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null || SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || isOwn(origin, request)) {
            chain.doFilter(request, response);
            return;
        }
        refusal.refuse(request, response);
    }

    private boolean isOwn(String origin, HttpServletRequest request) {
        String normalised = originOf(origin.strip());
        if (normalised == null) {
            return false; // "null" (a sandboxed frame, a file) or garbage
        }
        return normalised.equals(origin(request.getScheme(), request.getServerName(), request.getServerPort()))
                || normalised.equals(configuredOrigin);
    }

    /** scheme://host[:port] in lower case, the default port left out; null when the text is no http(s) origin. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https")) {
            return null;
        }
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
