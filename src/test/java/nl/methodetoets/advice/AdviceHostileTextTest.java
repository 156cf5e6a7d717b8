package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import nl.methodetoets.advice.AdviceDocument.AdviceStudy;
import nl.methodetoets.advice.AdviceDocument.CriterionFinding;
import nl.methodetoets.advice.AdviceDocument.Trend;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 10: a title with control characters (U+0001, NUL) stalled the year's advice on an invalid XML character.
 * Every text that enters the XHTML or its charts may hold anything a database column can; the advice still renders
 * as a valid archival PDF, with the offending characters dropped.
 */
class AdviceHostileTextTest {
    /** Everything XML 1.0 cannot hold, or that has no glyph: NUL, SOH, US, DEL, a C1 control, lone surrogates, U+FFFE/U+FFFF. */
    static final String HOSTILE = "\u0000\u0001\u001F\u007F\u0085\uDFFF\uD800\uFFFE\uFFFF\uFDD0";

    private static final AdvicePdfRenderer renderer =
            new AdvicePdfRenderer(Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneOffset.UTC), AdviceTestDocuments.RULES);

    @Test
    void cleaningDropsWhatXmlCannotHoldAndKeepsTheRest() {
        assertThat(XmlText.clean("Titel" + HOSTILE + "met stuurtekens")).isEqualTo("Titel met stuurtekens");
        assertThat(XmlText.clean("a\u0001b")).isEqualTo("a b");
        assertThat(XmlText.clean("\u0000begin")).isEqualTo("begin");
        String kept = "Ĳsselmonde café — 😀 tab\there\nnew line, \u00A0nbsp, €";
        assertThat(XmlText.clean(kept)).isSameAs(kept);
        assertThat(XmlText.clean(null)).isNull();
        assertThat(XmlText.isClean("x\uD83D\uDE00y")).isTrue(); // a paired surrogate is one code point
        assertThat(XmlText.isClean("x\uD83Dy")).isFalse();
    }

    @Test
    void everyTextOfTheDocumentMayHoldControlCharacters() throws Exception {
        AdviceDocument doc = new AdviceDocument(2024, false, 0,
                "Conclusie" + HOSTILE + " een\n\nTweede" + HOSTILE + " alinea",
                "Aanbeveling" + HOSTILE,
                List.of(new AdviceStudy("S" + HOSTILE, "Titel" + HOSTILE + "met stuurtekens",
                                List.of("A." + HOSTILE + " Auteur"), "Organisatie" + HOSTILE, "EFFECT" + HOSTILE, 5, true,
                                false, "Reden" + HOSTILE),
                        new AdviceStudy("S-2", "Gewone studie\u0000", List.of(), "Gemeente\u0001", "MONITOR", 3, false,
                                false, null)),
                List.of(new AdviceDocument.Member("Lid" + HOSTILE + " een", AdviceDocument.MemberRole.MEMBER,
                        "Universiteit" + HOSTILE + " Twente")),
                Map.of(3, 1L, 5, 1L),
                List.of(new CriterionFinding("K1", "Onderzoeksopzet" + HOSTILE, 4.0, 0L, 0.9,
                                new AdviceDocument.Change(3.0, 1.0, 0.5, 1.5, "Lezing" + HOSTILE)),
                        new CriterionFinding("K2" + HOSTILE, "Vergelijkbaarheid", 4.0, 0L, null)),
                List.of("K1" + HOSTILE),
                new Trend(2023, 0.5, 0.1, 0.9, "Lezing" + HOSTILE),
                new AdviceDocument.Instrument("2012" + HOSTILE, List.of(new AdviceDocument.InstrumentCriterion(
                        "K1", "Opzet" + HOSTILE, "O", List.of("MONITOR"),
                        List.of("een" + HOSTILE, "twee", "drie", "vier", "vijf")))),
                AdviceTestDocuments.GENERATED);

        String xhtml = renderer.toXhtml(doc);
        assertThat(XmlText.isClean(xhtml)).isTrue();

        byte[] pdf = renderer.render(doc);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Titel met stuurtekens", "A. Auteur", "Gewone studie", "Conclusie een", "Lid een", "Universiteit Twente",
                "Opzet", "een");
        VeraGreenfieldFoundryProvider.initialise();
        assertCompliant(pdf, PDFAFlavour.PDFA_3_A);
        assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void chartsDropThemToo() {
        String svg = AdviceCharts.agreement(List.of("K1" + HOSTILE), Map.of("K1" + HOSTILE, 0.5), AdviceTestDocuments.RULES,
                AdviceTestDocuments.DUTCH_TEXTS);
        assertThat(XmlText.isClean(svg)).isTrue();
    }

    private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            assertThat(validator.validate(parser).isCompliant()).as(flavour.toString()).isTrue();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
