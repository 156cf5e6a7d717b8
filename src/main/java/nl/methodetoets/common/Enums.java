package nl.methodetoets.common;

import java.util.Arrays;

/** Reads an enum value from request input, refusing anything else with a field error that lists the choices. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "validation.oneOf", Arrays.toString(type.getEnumConstants())));
    }
}
