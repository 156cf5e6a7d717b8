package nl.methodetoets.advice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public register is static-friendly (issue 11): every successful answer under {@code /openbaar} and
 * {@code /api/public} carries a strong {@code ETag} and a {@code Cache-Control} that lets shared caches keep it, and
 * {@code If-None-Match} is answered with 304.
 *
 * <ul>
 *   <li>Pages, the feed and the JSON: {@value #PAGES}. The ETag is the SHA-256 of the body, computed by
 *   {@link Etags} once the body is rendered; five minutes is how late a newly published round (or a withdrawn
 *   consent's link) may show up in a shared cache.</li>
 *   <li>The advice document: {@value #DOCUMENT}, with its archived SHA-256 as ETag. Not {@code immutable}: the product
 *   publishes a year once and never replaces the file, but a repair by an administrator must still reach readers
 *   within a day; revalidating costs a 304.</li>
 *   <li>A consented report: {@value #REPORT}. The submitter may withdraw the consent at any moment and the report must
 *   then leave the register at once, also from shared caches: every use revalidates (a 304 while the consent holds, a
 *   404 once it is withdrawn).</li>
 *   <li>Errors (the 404 of an unpublished year): {@value #ERRORS}, so that a year that is published a moment later is
 *   not hidden by a cached "not found".</li>
 * </ul>
 * Pages depend on the reader's language (the {@code methodetoets-lang} cookie, else {@code Accept-Language}): they say
 * so in {@code Vary}. A request that switches the language ({@code ?lang=}) sets that cookie, so its answer is
 * {@value #PRIVATE}. Spring Security's own {@code Cache-Control: no-cache, no-store} is switched off for these paths
 * (see identity's security configuration), so it cannot override these.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {
    static final String PAGES = "public, max-age=300";
    static final String DOCUMENT = "public, max-age=86400";
    static final String REPORT = "public, no-cache";
    static final String ERRORS = "no-store";
    static final String PRIVATE = "private, no-cache";
    static final String VARY_LANGUAGE = "Accept-Language, Cookie";

    @Bean
    FilterRegistrationBean<Etags> publicRegisterEtags() {
        FilterRegistrationBean<Etags> registration = new FilterRegistrationBean<>(new Etags());
        registration.addUrlPatterns("/openbaar", "/openbaar/*", "/api/public/*");
        // inside Spring Security's chain, so its headers are written when this filter sends the finished body
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** A page or the feed: cacheable by everyone unless it switches the language, and varying with the language. */
    static void page(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, request.getParameter("lang") != null ? PRIVATE : PAGES);
        response.setHeader(HttpHeaders.VARY, VARY_LANGUAGE);
    }

    /** JSON of the public API: the same for every reader. */
    static void json(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PAGES);
    }

    /** A strong ETag for a known SHA-256 (hex). */
    static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /**
     * Spring's shallow ETag filter with SHA-256 instead of MD5 (strong, quoted hex). It leaves alone a response whose
     * controller set an ETag itself (the PDFs: their stored SHA-256, streamed without buffering). Error statuses get
     * {@value #ERRORS}.
     */
    static final class Etags extends ShallowEtagHeaderFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            super.doFilterInternal(request, new ErrorsNotStored(response), chain);
        }

        @Override
        protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                try (DigestInputStream in = new DigestInputStream(body, sha256)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                return etag(HexFormat.of().formatHex(sha256.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An error answer is never stored by a cache, whatever the controller set before it failed. */
    private static final class ErrorsNotStored extends HttpServletResponseWrapper {
        ErrorsNotStored(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                setHeader(HttpHeaders.CACHE_CONTROL, ERRORS);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            setHeader(HttpHeaders.CACHE_CONTROL, ERRORS);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setHeader(HttpHeaders.CACHE_CONTROL, ERRORS);
            super.sendError(status, message);
        }
    }
}
