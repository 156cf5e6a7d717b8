package nl.methodetoets.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The browser UI as a browser without JavaScript uses it: form login, a session cookie, the CSRF token and other
 * hidden fields taken from the rendered form, redirects not followed (so a test sees them).
 */
final class UiSession {
    record Page(int status, String body, String location) {
    }

    /** A file as the browser gets it: the bytes and the header that names them. */
    record Download(int status, byte[] body, String contentType, String contentDisposition) {
    }

    private final String base;
    private final HttpClient http;

    private UiSession(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private UiSession(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    /** The same browser (its cookies) on another node of the same host, as behind a load balancer. */
    UiSession on(int port) {
        return new UiSession(port, http);
    }

    static UiSession login(int port, String user, String password) {
        UiSession session = new UiSession(port);
        String csrf = hidden(session.get("/login").body(), "_csrf");
        Page done = session.postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf));
        if (done.status() != 302 || done.location().contains("error")) {
            throw new AssertionError("login failed for " + user + ": " + done);
        }
        return session;
    }

    /** A session that has not signed in. */
    static UiSession anonymous(int port) {
        return new UiSession(port);
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart form post; {@code fields} values may repeat a name (e.g. themes). */
    Page postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField, byte[] file) {
        return postMultipart(path, fields, fileField, file, null);
    }

    /** As {@link #postMultipart}, with the CSRF token also in the X-CSRF-TOKEN header, as upload.js sends it. */
    Page postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField, byte[] file, String csrfHeader) {
        String boundary = "----ui" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"rapport.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.add(file);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return send(request);
    }

    /** The value of the first hidden input with this name in the page. */
    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name + " in the page");
        }
        return m.group(1);
    }

    static Map<String, String> fields(String... nameValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], nameValues[i + 1]);
        }
        return fields;
    }

    Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
