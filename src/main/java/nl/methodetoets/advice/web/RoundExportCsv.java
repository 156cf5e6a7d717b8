package nl.methodetoets.advice.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.methodetoets.advice.RoundExport;

/**
 * A round's open data as CSV (RFC 4180): a header row, then one row per study; lines end in CRLF; a field is quoted
 * when it holds a comma, a double quote (doubled), CR or LF, a semicolon (so a Dutch Excel, whose list separator is
 * {@code ;}, does not split it either) or starts or ends with white space. UTF-8, starting with a byte order mark:
 * without one Excel reads the file as Windows-1252 and garbles é, ë and ’.
 * Columns: {@code id, title, organisation, organisationName, commissionedBy, commissionedByName, studyType, year,
 * verdict, exemplary, provisional}, the consolidated scores under the criterion codes ({@code K1..K8}), then per
 * reviewer {@code R1, R1_K1..R1_K8, R2, ...} (the id, then the independent scores) up to the most reviewers a study
 * of the round had. An empty field is no value: n.v.t., no commissioning organisation, or no n-th reviewer.
 * Values are written verbatim (no {@code '} before a leading {@code = + - @}): open data must read back as it was
 * entered, and the JSON holds the same values.
 */
final class RoundExportCsv {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final List<String> STUDY_COLUMNS = List.of("id", "title", "organisation", "organisationName", "commissionedBy",
            "commissionedByName", "studyType", "year", "verdict", "exemplary", "provisional");

    private RoundExportCsv() {
    }

    static byte[] write(RoundExport export) {
        StringBuilder csv = new StringBuilder();
        line(csv, header(export));
        int reviewers = export.maxReviewers();
        for (RoundExport.ExportedStudy study : export.studies()) {
            List<Object> row = new ArrayList<>(List.of(nullable(study.id()), nullable(study.title()),
                    nullable(study.organisation()), nullable(study.organisationName()), nullable(study.commissionedBy()),
                    nullable(study.commissionedByName()), nullable(study.studyType()), nullable(study.year()),
                    nullable(study.verdict()), study.exemplary(), study.provisional()));
            scores(row, study.consolidated(), export.criteria());
            for (int r = 0; r < reviewers; r++) {
                RoundExport.IndependentSheet sheet = r < study.independent().size() ? study.independent().get(r) : null;
                row.add(sheet == null ? "" : sheet.reviewer());
                scores(row, sheet == null ? Map.of() : sheet.scores(), export.criteria());
            }
            line(csv, row);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    static List<Object> header(RoundExport export) {
        List<Object> header = new ArrayList<>(STUDY_COLUMNS);
        header.addAll(export.criteria());
        for (int r = 1; r <= export.maxReviewers(); r++) {
            header.add("R" + r);
            for (String code : export.criteria()) {
                header.add("R" + r + "_" + code);
            }
        }
        return header;
    }

    private static void scores(List<Object> row, Map<String, Integer> scores, List<String> criteria) {
        criteria.forEach(code -> row.add(nullable(scores.get(code))));
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder csv, List<Object> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(String.valueOf(fields.get(i))));
        }
        csv.append("\r\n");
    }

    /** One field, quoted where RFC 4180 requires it (and where a Dutch Excel or a trimming reader would misread it). */
    static String field(String value) {
        boolean quote = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
