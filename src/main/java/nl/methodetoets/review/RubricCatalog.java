package nl.methodetoets.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import nl.methodetoets.common.NotFoundException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Rubric versions as data; version 2012-1 is installed on first start, later versions are added by an ADMIN. */
@Component
class RubricCatalog implements SmartInitializingSingleton {
    static final String INITIAL = "2012-1";
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate tx;

    RubricCatalog(JdbcClient jdbc, ObjectMapper json, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(s -> {
            if (jdbc.sql("select count(*) from rubric_version").query(Integer.class).single() == 0) {
                try (InputStream in = getClass().getResourceAsStream("/rubric/" + INITIAL + ".json")) {
                    add(json.readValue(in, Rubric.class));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    void add(Rubric rubric) {
        try {
            jdbc.sql("insert into rubric_version (version, definition, created_at) values (?, ?, ?)")
                    .params(rubric.version(), json.writeValueAsString(rubric), OffsetDateTime.now()).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rubric current() {
        return parse(jdbc.sql("select definition from rubric_version order by created_at desc, version desc")
                .query(String.class).stream().findFirst().orElseThrow());
    }

    Rubric version(String version) {
        return parse(jdbc.sql("select definition from rubric_version where version = ?").param(version)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("rubric.notFound", version)));
    }

    private Rubric parse(String definition) {
        try {
            return json.readValue(definition, Rubric.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
