package nl.methodetoets.advice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.advice.RoundExport;
import org.junit.jupiter.api.Test;

/** The CSV layout and its quoting, byte for byte. */
class RoundExportCsvTest {

    @Test
    void quotesExactlyWhatNeedsQuotingAndDoublesQuotes() {
        assertThat(RoundExportCsv.field("plain")).isEqualTo("plain");
        assertThat(RoundExportCsv.field("")).isEqualTo("");
        assertThat(RoundExportCsv.field("café ’t Hoekje, één ë")).isEqualTo("\"café ’t Hoekje, één ë\"");
        assertThat(RoundExportCsv.field("zeg \"ja\"")).isEqualTo("\"zeg \"\"ja\"\"\"");
        assertThat(RoundExportCsv.field("regel\nregel")).isEqualTo("\"regel\nregel\"");
        assertThat(RoundExportCsv.field("regel\r\nregel")).isEqualTo("\"regel\r\nregel\"");
        assertThat(RoundExportCsv.field("a;b")).as("Dutch Excel splits on ;").isEqualTo("\"a;b\"");
        assertThat(RoundExportCsv.field(" voor")).isEqualTo("\" voor\"");
        assertThat(RoundExportCsv.field("na\t")).isEqualTo("\"na\t\"");
        assertThat(RoundExportCsv.field("=1+1")).as("verbatim, not defused").isEqualTo("=1+1");
        assertThat(RoundExportCsv.field("-3")).isEqualTo("-3");
    }

    @Test
    void writesABomAHeaderAndOneCrlfRowPerStudyWithReviewerColumnsForTheMostReviewers() {
        List<String> criteria = List.of("K1", "K2");
        RoundExport export = new RoundExport(2012, "2012-1", criteria, List.of(
                new RoundExport.ExportedStudy("s1", "Een, \"twee\"", "gemeente-a", "Gemeente A", null, null, "MONITOR", 2012, 3,
                        false, false, scores(null, 3), List.of(
                        new RoundExport.IndependentSheet("r1", scores(null, 3)), new RoundExport.IndependentSheet("r2", scores(null, 4)))),
                new RoundExport.ExportedStudy("s2", "Drie", "gemeente-a", "Gemeente A", "ministerie", "Ministerie; BZK", "EFFECT", 2012,
                        5, true, true, scores(5, 4), List.of(new RoundExport.IndependentSheet("r3", scores(5, 4))))));
        byte[] file = RoundExportCsv.write(export);
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "id,title,organisation,organisationName,commissionedBy,commissionedByName,studyType,year,verdict,exemplary,"
                        + "provisional,K1,K2,R1,R1_K1,R1_K2,R2,R2_K1,R2_K2\r\n"
                        + "s1,\"Een, \"\"twee\"\"\",gemeente-a,Gemeente A,,,MONITOR,2012,3,false,false,,3,r1,,3,r2,,4\r\n"
                        + "s2,Drie,gemeente-a,Gemeente A,ministerie,\"Ministerie; BZK\",EFFECT,2012,5,true,true,5,4,r3,5,4,,,\r\n");
    }

    @Test
    void aRoundWithoutStudiesIsTheHeaderAlone() {
        byte[] file = RoundExportCsv.write(new RoundExport(2012, "2012-1", List.of("K1"), List.of()));
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "id,title,organisation,organisationName,commissionedBy,commissionedByName,studyType,year,verdict,exemplary,"
                        + "provisional,K1\r\n");
    }

    private static Map<String, Integer> scores(Integer k1, Integer k2) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("K1", k1);
        scores.put("K2", k2);
        return scores;
    }
}
