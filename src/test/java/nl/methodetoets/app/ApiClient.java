package nl.methodetoets.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import nl.methodetoets.testing.Await;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A small HTTP client for the JSON API as a script would use it: Basic auth, JSON and multipart. */
final class ApiClient {
    record Response(int status, JsonNode json, byte[] bytes, HttpHeaders headers) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final RestClient http;
    private final String authorization;

    ApiClient(int port, String user, String password) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    ApiClient as(int port, String user, String password) {
        return new ApiClient(port, user, password);
    }

    Response get(String path) {
        return get(path, null);
    }

    Response get(String path, String acceptLanguage) {
        return wrap(http.get().uri(path).headers(h -> headers(h, acceptLanguage)).retrieve().toEntity(byte[].class));
    }

    Response post(String path, Object body) {
        return wrap(http.post().uri(path).headers(h -> headers(h, null)).contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? "{}" : body).retrieve().toEntity(byte[].class));
    }

    Response put(String path, Object body) {
        return wrap(http.put().uri(path).headers(h -> headers(h, null)).contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? "{}" : body).retrieve().toEntity(byte[].class));
    }

    Response delete(String path) {
        return wrap(http.delete().uri(path).headers(h -> headers(h, null)).retrieve().toEntity(byte[].class));
    }

    Response postWithHeader(String path, Object body, String header, String value) {
        return wrap(http.post().uri(path).headers(h -> { headers(h, null); h.add(header, value); })
                .contentType(MediaType.APPLICATION_JSON).body(body == null ? "{}" : body).retrieve().toEntity(byte[].class));
    }

    /** A study submission: part {@code metadata} as JSON, part {@code report} as PDF. */
    Response submit(Object metadata, byte[] pdf, String acceptLanguage) {
        return submit(metadata, pdf, acceptLanguage, null);
    }

    /** A study submission with an {@code Idempotency-Key} (none when null). */
    Response submit(Object metadata, byte[] pdf, String acceptLanguage, String idempotencyKey) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("metadata", new HttpEntity<>(metadata, jsonPart));
        if (pdf != null) {
            parts.add("report", filePart(pdf));
        }
        return wrap(http.post().uri("/api/studies").headers(h -> {
                    headers(h, acceptLanguage);
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(byte[].class));
    }

    Response upload(String path, byte[] pdf) {
        return upload(path, pdf, null, null);
    }

    /** A new report version, with Accept-Language and Idempotency-Key when not null. */
    Response upload(String path, byte[] pdf, String acceptLanguage, String idempotencyKey) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("report", filePart(pdf));
        return wrap(http.post().uri(path).headers(h -> {
                    headers(h, acceptLanguage);
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(byte[].class));
    }

    /** An objection with an attachment: part {@code objection} as JSON, part {@code attachment} as PDF (none when null). */
    Response objection(String studyId, Object objection, byte[] pdf) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("objection", new HttpEntity<>(objection, jsonPart));
        if (pdf != null) {
            parts.add("attachment", filePart(pdf));
        }
        return wrap(http.post().uri("/api/studies/" + studyId + "/objections").headers(h -> headers(h, null))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(byte[].class));
    }

    /** Polls the task list until a task matching the predicate appears (async steps run on the job executor). */
    JsonNode awaitTask(Predicate<JsonNode> match) {
        return Await.value(Duration.ofSeconds(60), "a matching task", () -> {
            Response tasks = get("/api/tasks");
            if (tasks.status() == 200) {
                for (JsonNode task : tasks.json()) {
                    if (match.test(task)) {
                        return Optional.of(task);
                    }
                }
            }
            return Optional.empty();
        });
    }

    JsonNode awaitTask(String type, String studyId) {
        return awaitTask(t -> t.path("type").asText().equals(type) && studyId.equals(t.path("studyId").asText(null)));
    }

    JsonNode awaitAdviceTask(String type, int year) {
        return awaitTask(t -> t.path("type").asText().equals(type) && t.path("year").asInt() == year);
    }

    private static HttpEntity<ByteArrayResource> filePart(byte[] pdf) {
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.APPLICATION_PDF);
        return new HttpEntity<>(new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "rapport.pdf";
            }
        }, fileHeaders);
    }

    private void headers(HttpHeaders h, String acceptLanguage) {
        if (authorization != null) {
            h.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (acceptLanguage != null) {
            h.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
    }

    private static Response wrap(ResponseEntity<byte[]> entity) {
        byte[] body = entity.getBody() == null ? new byte[0] : entity.getBody();
        JsonNode json = null;
        MediaType type = entity.getHeaders().getContentType();
        if (type != null && type.getSubtype().contains("json") && body.length > 0) {
            try {
                json = JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("Invalid JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
        return new Response(entity.getStatusCode().value(), json, body, entity.getHeaders());
    }
}
