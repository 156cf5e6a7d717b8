package nl.methodetoets.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.methodetoets.common.InvalidInputException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Reading task bodies and building them from form fields, the same way for every {@link TaskHandler}. */
@Component
@NamedInterface("tasks")
public class TaskBodies {
    private final ObjectMapper json;

    public TaskBodies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The body as the type's record; a body that does not fit is a 422 naming the field that does not
     * ({@code verdict}, {@code scores.K1}: "abc" where a number belongs), else {@code body}.
     */
    public <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body == null ? json.createObjectNode() : body, type);
        } catch (MismatchedInputException e) {
            String field = field(e);
            boolean number = e.getTargetType() != null && Number.class.isAssignableFrom(
                    org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(e.getTargetType()));
            throw field == null ? new InvalidInputException("body", "validation.body")
                    : new InvalidInputException(field, number ? "validation.number" : "validation.type");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException("body", "validation.body");
        }
    }

    /** The dotted path of the field Jackson could not read ({@code scores.K1}); null when it has none. */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : null)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("."));
        return path.isEmpty() || path.length() > 100 ? null : path;
    }

    /**
     * A form's number field: as a number when it is one, else as the text the user typed, so reading the body
     * refuses it with a 422 naming the field (never a 500) and the form comes back with what was typed.
     */
    public static void putNumber(ObjectNode body, String name, String value) {
        if (value.matches("-?[0-9]{1,9}")) {
            body.put(name, Integer.parseInt(value));
        } else {
            body.put(name, value);
        }
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    /** Copies the named fields that were posted as text (an empty field as an empty string). */
    public static void copyText(MultiValueMap<String, String> form, ObjectNode body, String... names) {
        for (String name : names) {
            if (form.containsKey(name)) {
                body.put(name, first(form, name));
            }
        }
    }

    /** Copies posted check boxes and radio buttons as booleans ("true" is true, anything else false). */
    public static void copyFlags(MultiValueMap<String, String> form, ObjectNode body, String... names) {
        for (String name : names) {
            if (form.containsKey(name)) {
                body.put(name, Boolean.parseBoolean(first(form, name)));
            }
        }
    }

    /** The field's first value, or null. */
    public static String first(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
