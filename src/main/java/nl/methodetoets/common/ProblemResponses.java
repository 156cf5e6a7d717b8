package nl.methodetoets.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem details written straight to the servlet response, for the places that answer before Spring MVC
 * and its {@code ProblemDetailsHandler} can: security's entry points, the lockout filter, the input gate, the upload
 * size advice. One shape everywhere: {@code type}, {@code title} (the status's reason phrase), {@code status},
 * {@code detail}, {@code instance} where given, then whatever the caller adds ({@code errors}, {@code lockedUntil}).
 */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail,
                             String instance, Map<String, Object> extra) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.putAll(extra);
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
