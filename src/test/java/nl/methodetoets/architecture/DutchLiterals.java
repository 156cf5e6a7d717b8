package nl.methodetoets.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds string literals in Java source that read like Dutch text for a user. A heuristic, not a parser: it reads the
 * source's string literals and text blocks (skipping comments and char literals) and flags a literal that holds a
 * Dutch domain word, or at least two words of which one is a common Dutch word that English does not share.
 * Message keys ({@code advice.doc.title}), BPMN ids, codes and English log lines pass.
 */
final class DutchLiterals {
    /** One literal found in a source: its line (1-based) and its text as written between the quotes. */
    record Literal(int line, String text) {
    }

    /** Words that occur in Dutch sentences but (almost) never in English ones. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "de", "het", "een", "van", "voor", "met", "naar", "bij", "uw", "u", "wordt", "worden", "werd", "zijn",
            "geen", "niet", "ook", "dat", "die", "deze", "dit", "nog", "als", "om", "tot", "maar", "wel", "kan",
            "moet", "heeft", "hebben", "naast", "tussen", "onder", "boven", "door", "aan", "uit", "over", "hier",
            "er", "al", "nieuwe", "eerst", "opnieuw", "graag", "welke", "waarom", "wie", "wat", "waar", "ingevuld",
            "nodig", "bereikt");

    /** Words of the commission's domain in Dutch: one of these alone is enough. */
    private static final Set<String> DOMAIN_WORDS = Set.of(
            "studie", "beoordeling", "beoordelaar", "beoordelaars", "eindoordeel", "eindoordelen",
            "voorbeeldstudie", "rapport", "versie", "ingetrokken", "ingediend", "geaccepteerd", "afgewezen",
            "jaaradvies", "voorlopig", "zwak", "voldoende", "goed", "indiener", "secretariaat", "voorzitter",
            "commissie", "termijn", "aanvullen", "aanvulling", "opgenomen", "effectstudie", "procesevaluatie",
            "gemiddelde", "verdeling", "vorig", "jaar", "overeenstemming", "criterium",
            "vastgesteld", "toegewezen", "gepubliceerd", "verbeterd",
            "verslechterd", "verandering", "aantoonbaar", "aantoonbare", "belangenconflict", "geconsolideerd",
            "motivering", "toelichting", "bijlage", "pagina", "organisatie", "gemeente", "beheer", "consensusoverleg", "uiterlijk",
            "wetenschappelijke", "n.v.t.");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:\\.\\p{L}+\\.)?");

    private DutchLiterals() {
    }

    /** The literals of {@code source} that look like Dutch text. */
    static List<Literal> find(String source) {
        return literals(source).stream().filter(l -> looksDutch(l.text())).toList();
    }

    static boolean looksDutch(String text) {
        if (!text.contains(" ") && text.matches("[A-Za-z0-9_.:/$#{}\\-]*") && !DOMAIN_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return false; // a key, id, code or path
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.stream().anyMatch(DOMAIN_WORDS::contains)) {
            return true;
        }
        return words.size() >= 2 && words.stream().anyMatch(FUNCTION_WORDS::contains);
    }

    /** Every string literal and text block, outside comments. */
    static List<Literal> literals(String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                found.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    found.add(new Literal(line, text.toString()));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
