package nl.methodetoets.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.common.ProblemResponses;
import nl.methodetoets.common.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic requests (the API, the engine REST API) for an account name that is temporarily locked get a 401
 * problem that says so and until when, with a {@code Retry-After} — before Spring Security's own Basic filter would
 * answer its general "please sign in" (issue 10); also the request whose wrong password has just locked it. The
 * password of a locked name is not looked at. Form login shows the same on the
 * login page (login.html reads the {@link AccountLockedException} that the failed sign-in left in the session).
 */
class LockedAccountFilter extends OncePerRequestFilter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** While a Basic request passes the chain: where the provider notes that its wrong password has just locked. */
    private static final ThreadLocal<Instant[]> LOCKED_NOW = new ThreadLocal<>();

    private final LoginLockout lockout;
    private final VerifiedCredentials verified;
    private final ObjectMapper json;
    private final MessageSource messages;

    LockedAccountFilter(LoginLockout lockout, VerifiedCredentials verified, ObjectMapper json, MessageSource messages) {
        this.lockout = lockout;
        this.verified = verified;
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Basic> basic = basic(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (basic.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // credentials verified a moment ago were not locked then, and a wrong password since would have ended that
        if (verified.verified(basic.get().name(), basic.get().password()).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Instant> locked = lockout.lockedUntil(basic.get().name());
        if (locked.isPresent()) {
            refuse(request, response, locked.get());
            return;
        }
        // the wrong password that locks the account is told so too: the provider marks the request, and the
        // general 401 Spring Security writes then is set aside for ours
        Instant[] lockedNow = new Instant[1];
        LOCKED_NOW.set(lockedNow);
        try {
            chain.doFilter(request, new LockingResponse(response, lockedNow));
        } finally {
            LOCKED_NOW.remove();
        }
        if (lockedNow[0] != null && !response.isCommitted()) {
            response.resetBuffer();
            refuse(request, response, lockedNow[0]);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
        Locale language = Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = messages.getMessage("error.accountLocked",
                new Object[] {TIME.format(AccountLockedException.shown(until))}, language);
        long seconds = Math.max(1, Duration.between(lockout.now(), until).toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Methodetoets\"");
        }
        ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, detail, null,
                Map.of("lockedUntil", until.toString()));
    }

    /** Marks a request whose wrong password has just locked the account (set by the authentication provider). */
    static void lockedNow(Instant until) {
        Instant[] lockedNow = LOCKED_NOW.get();
        if (lockedNow != null) {
            lockedNow[0] = until;
        }
    }

    /** Passes everything through, except the body once the request has locked the account: that is dropped. */
    private static final class LockingResponse extends HttpServletResponseWrapper {
        private final Instant[] locked;

        LockingResponse(HttpServletResponse response, Instant[] locked) {
            super(response);
            this.locked = locked;
        }

        private boolean lockedNow() {
            return locked[0] != null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return lockedNow() ? new Discarded() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return lockedNow() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (lockedNow()) {
                setStatus(status);
            } else {
                super.sendError(status, message);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!lockedNow()) {
                super.flushBuffer();
            }
        }
    }

    private static final class Discarded extends ServletOutputStream {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    /** The name and password of a Basic authorization header. */
    record Basic(String name, String password) {
    }

    /** The name and password of a Basic authorization header, if it is one. */
    static Optional<Basic> basic(String authorization) {
        if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new Basic(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        /** Just before Spring Security's filter chain, for every path (a Basic header may come with any request). */
        @Bean
        FilterRegistrationBean<LockedAccountFilter> lockedAccountFilter(LoginLockout lockout, VerifiedCredentials verified,
                                                                        ObjectMapper json, MessageSource messages) {
            FilterRegistrationBean<LockedAccountFilter> registration =
                    new FilterRegistrationBean<>(new LockedAccountFilter(lockout, verified, json, messages));
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
