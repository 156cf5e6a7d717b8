package nl.methodetoets.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF (the last one too), fields are separated by commas, a quoted
 * field doubles its quotes and may hold commas, CR and LF; anything else — a bare CR or LF, a quote inside an unquoted
 * field, text after a closing quote, records of different lengths — is an error rather than a guess.
 */
final class StrictCsv {
    private StrictCsv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field at record " + (records.size() + 1));
                    }
                    char c = text.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " in an unquoted field at record "
                                + (records.size() + 1) + ": " + field);
                    }
                    field.append(c);
                }
            }
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            char separator = text.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (separator == ',') {
                i++;
                if (i >= text.length()) {
                    throw new IllegalArgumentException("the last record ends in a comma, not CRLF");
                }
            } else if (separator == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                if (!records.isEmpty() && record.size() != records.get(0).size()) {
                    throw new IllegalArgumentException("record " + (records.size() + 1) + " has " + record.size()
                            + " fields, the header " + records.get(0).size());
                }
                records.add(List.copyOf(record));
                record.clear();
            } else {
                throw new IllegalArgumentException("after a field comes '" + separator + "' at record " + (records.size() + 1)
                        + ", not a comma or CRLF");
            }
        }
        return records;
    }
}
