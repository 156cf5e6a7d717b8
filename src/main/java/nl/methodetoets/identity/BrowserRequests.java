package nl.methodetoets.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Whether a request looks like it comes from a browser: it asks for HTML, or carries {@code X-Requested-With} or the
 * browser's own {@code Sec-Fetch-Mode}. Such a request never gets a Basic challenge: a browser would show its sign-in
 * dialog and then send the credentials with every request to the site, also with forms another site makes it post.
 */
final class BrowserRequests {
    private BrowserRequests() {
    }

    static boolean looksLikeBrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html"))
                || request.getHeader("X-Requested-With") != null
                || request.getHeader("Sec-Fetch-Mode") != null;
    }

    /** A request that authenticates itself with HTTP Basic. */
    static boolean sendsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
