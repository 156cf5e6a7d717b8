package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

/** The API's dates are the same text as before the fast serializer: Jackson's ISO_OFFSET_DATE_TIME. */
@JsonTest
class OffsetDateTimeJsonTest {
    @Autowired
    ObjectMapper mapper;

    @Test
    void writesWhatTheIsoFormatterWrites() {
        Random random = new Random(13);
        List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5),
                ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofHoursMinutesSeconds(0, 19, 32),
                ZoneOffset.ofHoursMinutesSeconds(-1, -2, -3), ZoneOffset.MAX, ZoneOffset.MIN);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(-62_135_596_800L, 253_402_300_799L); // years 1..9999
            int nano = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                case 3 -> random.nextInt(10) * 100_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            OffsetDateTime value = Instant.ofEpochSecond(second, nano).atOffset(offsets.get(i % offsets.size()));
            assertThat(OffsetDateTimeJson.format(value)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
        for (OffsetDateTime edge : List.of(OffsetDateTime.MIN, OffsetDateTime.MAX,
                OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), OffsetDateTime.of(0, 1, 1, 0, 0, 0, 1, ZoneOffset.UTC),
                OffsetDateTime.of(-1, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(3)),
                Instant.EPOCH.atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime())) {
            assertThat(OffsetDateTimeJson.format(edge)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(edge));
        }
    }

    @Test
    void isTheSerializerOfTheApplicationsMapper() throws Exception {
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class))
                .isInstanceOf(OffsetDateTimeJson.class);
        OffsetDateTime value = OffsetDateTime.of(2012, 3, 9, 14, 5, 0, 120_000_000, ZoneOffset.ofHours(1));
        assertThat(mapper.writeValueAsString(List.of(value))).isEqualTo("[\"2012-03-09T14:05:00.12+01:00\"]");
    }
}
