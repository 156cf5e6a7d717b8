package nl.methodetoets.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.common.UserMessages;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI description of the JSON API ({@code /v3/api-docs}, committed as {@code docs/openapi.json}), generated
 * from the controllers. The controllers say what is particular to an operation (summary, description, the refusals
 * only it gives); this class adds what holds for all of them, so an operation added later is covered too:
 * <ul>
 * <li>HTTP Basic as the one security scheme, required everywhere except under {@code /api/public/} (marked with an
 * explicit empty requirement);</li>
 * <li>the problem details every refusal carries ({@code application/problem+json}, schema {@code ProblemDetail}, with
 * {@code errors} for validation), with examples worded by the application's own message bundle: 401 and 403 on every
 * operation that needs a login, 400 where there is input, 404 where the path names something, 413 and 422 where there
 * is a request body;</li>
 * <li>the task completion body as a {@code oneOf} of one schema per task type, made from the record each
 * {@link TaskHandler} reads the body into ({@link TaskHandler#bodyType()}), told apart by {@code taskType}.</li>
 * </ul>
 */
@Configuration
class ApiDocumentation {
    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "ProblemDetail";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The schema of {@code POST /api/tasks/{id}/complete} and {@code /draft}, referenced by {@link TaskController}. */
    static final String TASK_BODY = "TaskCompletionBody";
    static final String TASK_TYPE_PROPERTY = "taskType";
    private static final String PUBLIC_PREFIX = "/api/public/";
    private static final Locale EXAMPLES = Locale.ENGLISH;

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI(SpecVersion.V31)
                .info(new Info().title("Methodetoets API").version("1")
                        .description("""
                                The JSON API of the Methodetoets review workflow: submit effect studies and follow them, \
                                work through the task list (intake, reviewer assignment, scoring, consensus, verdict, \
                                annual advice), and read the annual advice and its statistics.

                                Clients sign in with HTTP Basic (the same users as the web UI). JSON in and out, UTF-8, \
                                times ISO-8601 with offset. Every refusal is an RFC 9457 problem details document \
                                (`application/problem+json`) whose `detail` is worded in the caller's language: Dutch by \
                                default, English with `Accept-Language: en`; validation refusals list every field in \
                                `errors`. Writes that create something accept an `Idempotency-Key` header.

                                Outside this description: `GET /actuator/health` answers `{"status":"UP"}` without login."""))
                // relative: the description is the same wherever the application runs (and in the committed copy)
                .servers(List.of(new Server().url("/").description("The server that serves this description")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The user id and password of a Methodetoets user (the same as for the web UI).")));
    }

    @Bean
    OpenApiCustomizer commonApiDocumentation(UserMessages messages, TaskHandlers handlers) {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(FIELD_ERROR, fieldErrorSchema());
            components.addSchemas(PROBLEM, problemSchema());
            taskBodies(components, handlers);
            Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
            paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    document(path, method, operation, messages)));
            sortTags(openApi);
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, UserMessages messages) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean open = path.startsWith(PUBLIC_PREFIX);
        boolean body = operation.getRequestBody() != null;
        boolean input = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (open) {
            operation.setSecurity(new ArrayList<>());
        }
        if (input) {
            add(responses, HttpStatus.BAD_REQUEST, "The request cannot be read: malformed JSON, a missing part, or a "
                    + "parameter of the wrong type.", messages.text("validation.body", null, EXAMPLES), path, null);
        }
        if (!open) {
            add(responses, HttpStatus.UNAUTHORIZED, "No or wrong credentials: sign in with HTTP Basic. "
                    + "Also while the account is locked after ten wrong passwords in a row (at most 15 minutes): then "
                    + "the problem has `lockedUntil` and the response a `Retry-After` header.",
                    messages.text("error.unauthorized", null, EXAMPLES), path, null);
            add(responses, HttpStatus.FORBIDDEN, "Signed in, but this user's roles do not allow it; "
                    + "or a writing request sent from another origin (an `Origin` header that is not the application's own).",
                    messages.text("error.forbidden", null, EXAMPLES), path, null);
        }
        if (path.contains("{")) {
            add(responses, HttpStatus.NOT_FOUND, "Nothing with this id exists, or it is not visible to this user.",
                    messages.text("error.notFound", null, EXAMPLES), path, null);
        }
        if (body) {
            add(responses, HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than the server accepts: "
                    + "a JSON body or a submission's metadata part above 1 MB, a report file above 50 MB.",
                    messages.text("report.tooLarge", new Object[] {50}, EXAMPLES), path, "report");
            add(responses, HttpStatus.UNPROCESSABLE_ENTITY, "The body is readable but does not fit: `errors` names "
                    + "every field that is wrong and why.", messages.text("validation.required", null, EXAMPLES), path, "title");
        }
        // every refusal, also those a controller declares itself, is a problem details document
        responses.forEach((code, response) -> {
            if (code.startsWith("4") && response.get$ref() == null) {
                response.setContent(problemContent(code, response.getDescription(), path, messages));
            }
        });
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(method.name() + " " + path);
        }
    }

    /** Adds a refusal unless the operation declared that status itself (its description wins then). */
    private static void add(ApiResponses responses, HttpStatus status, String description, String detail, String path,
                            String field) {
        String code = String.valueOf(status.value());
        if (responses.containsKey(code)) {
            ApiResponse declared = responses.get(code);
            if (declared.getDescription() == null || declared.getDescription().isBlank()) {
                declared.setDescription(description);
            }
            return;
        }
        responses.addApiResponse(code, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(PROBLEM)).example(example(status, detail, path, field)))));
    }

    private static Content problemContent(String code, String description, String path, UserMessages messages) {
        HttpStatus status = HttpStatus.valueOf(Integer.parseInt(code));
        String detail = switch (status) {
            case BAD_REQUEST -> messages.text("validation.body", null, EXAMPLES);
            case UNAUTHORIZED -> messages.text("error.unauthorized", null, EXAMPLES);
            case FORBIDDEN -> messages.text("error.forbidden", null, EXAMPLES);
            case NOT_FOUND -> messages.text("error.notFound", null, EXAMPLES);
            case CONFLICT -> messages.text("error.concurrent", null, EXAMPLES);
            case UNPROCESSABLE_ENTITY -> messages.text("validation.required", null, EXAMPLES);
            case PAYLOAD_TOO_LARGE -> messages.text("report.tooLarge", new Object[] {50}, EXAMPLES);
            default -> description;
        };
        String field = status == HttpStatus.UNPROCESSABLE_ENTITY ? "title"
                : status == HttpStatus.PAYLOAD_TOO_LARGE ? "report" : null;
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))
                .example(example(status, detail, path, field)));
    }

    private static Map<String, Object> example(HttpStatus status, String detail, String path, String field) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", status.getReasonPhrase());
        example.put("status", status.value());
        example.put("detail", detail);
        example.put("instance", path);
        if (field != null) {
            example.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return example;
    }

    private static Schema<?> problemSchema() {
        return object("RFC 9457 problem details: why a request was refused. `detail` is worded for people, in the "
                + "caller's language (Dutch by default, English with `Accept-Language: en`).")
                .addProperty("type", string("A URI reference that identifies the kind of problem; `about:blank` "
                        + "when the status says it all.").format("uri-reference"))
                .addProperty("title", string("The status's short name, e.g. `Unprocessable Entity`."))
                .addProperty("status", typed("integer", "The HTTP status code.").format("int32"))
                .addProperty("detail", string("What went wrong, for a person to read."))
                .addProperty("instance", string("The path of the request that was refused.").format("uri-reference"))
                .addProperty("errors", typed("array", "Validation refusals (422, and the 400/413 of an unreadable or "
                        + "too large file): every field that is wrong, with why.")
                        .items(new Schema<>().$ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldErrorSchema() {
        return object("One field that does not fit.")
                .addProperty("field", string("The field's name in the request, e.g. `title` or `scores.K3`."))
                .addProperty("message", string("Why, in the caller's language."))
                .required(List.of("field", "message"));
    }

    /**
     * One schema per task type ({@code IntakeTaskBody}, {@code ScoreTaskBody} ...) from the record its handler reads,
     * each with a required {@code taskType} that the server checks against the task, and their {@code oneOf}.
     */
    private static void taskBodies(Components components, TaskHandlers handlers) {
        Schema<Object> oneOf = object("The body of a task completion (and of a draft): its shape depends on the "
                + "task's type, named in `taskType`, which must be the task's `type` (a different one is refused "
                + "with 422).");
        Discriminator discriminator = new Discriminator().propertyName(TASK_TYPE_PROPERTY);
        for (TaskHandler<?> handler : handlers.all()) {
            String type = handler.type().name();
            String name = camel(type) + "TaskBody";
            Schema<?> schema = bodySchema(handler.bodyType(), components);
            // a plain string (the discriminator's mapping names the value): generated clients put it on a common
            // interface, which an enum per type would not fit
            Schema<Object> taskType = string("Always `" + type + "`: the type of the task this body completes.")
                    .example(type);
            schema.addProperty(TASK_TYPE_PROPERTY, taskType);
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            required.add(0, TASK_TYPE_PROPERTY);
            schema.setRequired(required);
            if (schema.getDescription() == null) {
                schema.setDescription("The body that completes a " + type + " task.");
            }
            components.addSchemas(name, schema);
            oneOf.addOneOfItem(new Schema<>().$ref(name));
            discriminator.mapping(type, "#/components/schemas/" + name);
        }
        oneOf.setTypes(null);
        oneOf.setType(null);
        oneOf.setDiscriminator(discriminator);
        components.addSchemas(TASK_BODY, oneOf);
    }

    @SuppressWarnings("unchecked")
    private static Schema<?> bodySchema(Class<?> type, Components components) {
        if (type == null) {
            return object(null);
        }
        ResolvedSchema resolved = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach((name, schema) -> {
                boolean self = name.equals(resolved.schema.getName());
                if (!self && (components.getSchemas() == null || !components.getSchemas().containsKey(name))) {
                    components.addSchemas(name, schema);
                }
            });
        }
        Schema<Object> schema = (Schema<Object>) resolved.schema;
        schema.setName(null);
        return schema;
    }

    private static void sortTags(OpenAPI openApi) {
        if (openApi.getTags() != null) {
            openApi.getTags().sort(Comparator.comparing(Tag::getName));
        }
    }

    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static Schema<Object> object(String description) {
        return typed("object", description);
    }

    private static Schema<Object> string(String description) {
        return typed("string", description);
    }

    private static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.setSpecVersion(SpecVersion.V31);
        schema.addType(type);
        schema.setType(type);
        schema.setDescription(description);
        return schema;
    }
}
