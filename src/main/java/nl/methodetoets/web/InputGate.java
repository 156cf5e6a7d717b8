package nl.methodetoets.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.common.ProblemResponses;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door every request passes before security and controllers: a JSON body to the API may be at most
 * {@code methodetoets.api.max-json-bytes} (413 problem details in the caller's language, before anything is read),
 * and every form field a browser posts is normalised like JSON text ({@link InputLimits#normalise}), so the limits
 * count the same characters whichever way a text arrived.
 */
@Configuration(proxyBeanMethods = false)
class InputGate {
    /** Before Spring Security (-100), so the sign-in form sees normalised fields too. */
    static final int ORDER = -200;

    @Bean
    FilterRegistrationBean<Gate> inputGateFilter(@Value("${methodetoets.api.max-json-bytes}") long maxJsonBytes,
                                                 MessageSource messages, ObjectMapper json) {
        FilterRegistrationBean<Gate> registration = new FilterRegistrationBean<>(new Gate(maxJsonBytes, messages, json));
        registration.setOrder(ORDER);
        return registration;
    }

    /** The JSON cap as the user reads it: "1 MB", "512 kB". */
    static String size(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? Math.round(bytes / 1024.0) + " kB" : bytes + " bytes";
    }

    static final class Gate extends OncePerRequestFilter {
        private final long maxJsonBytes;
        private final MessageSource messages;
        private final ObjectMapper json;

        Gate(long maxJsonBytes, MessageSource messages, ObjectMapper json) {
            this.maxJsonBytes = maxJsonBytes;
            this.messages = messages;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (isJson(request) && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                if (request.getContentLengthLong() > maxJsonBytes) {
                    tooLarge(request, response);
                    return;
                }
                chain.doFilter(new CappedBody(request, maxJsonBytes), response);
                return;
            }
            chain.doFilter(isForm(request) ? new NormalisedForm(request) : request, response);
        }

        private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
            HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
            String detail = messages.getMessage("validation.jsonTooLarge", new Object[] {size(maxJsonBytes)}, locale);
            response.setHeader("Connection", "close"); // the unread body is not worth draining
            ProblemResponses.write(response, json, status, detail, request.getRequestURI(), Map.of());
        }

        private static boolean isJson(HttpServletRequest request) {
            String type = request.getContentType();
            if (type == null) {
                return false;
            }
            try {
                MediaType media = MediaType.parseMediaType(type);
                return media.getSubtype().equals("json") || media.getSubtype().endsWith("+json");
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean isForm(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                    || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
        }
    }

    /** A JSON body without (or with a false) Content-Length stops being read at the cap. */
    static final class CappedBody extends HttpServletRequestWrapper {
        private final long max;

        CappedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws JsonBodyTooLargeException {
                    read += n;
                    if (read > max) {
                        throw new JsonBodyTooLargeException(max);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** Thrown while reading a JSON body past the cap; answered as 413 ({@link ProblemDetailsHandler}). */
    static final class JsonBodyTooLargeException extends IOException {
        final long max;

        JsonBodyTooLargeException(long max) {
            super("JSON body larger than " + max + " bytes");
            this.max = max;
        }
    }

    /** Form fields as NFC with {@code \n} line ends, whichever way the controller reads them. */
    static final class NormalisedForm extends HttpServletRequestWrapper {
        NormalisedForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return InputLimits.normalise(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(InputLimits::normalise).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> normalised = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) ->
                    normalised.put(name, Arrays.stream(values).map(InputLimits::normalise).toArray(String[]::new)));
            return java.util.Collections.unmodifiableMap(normalised);
        }
    }
}
