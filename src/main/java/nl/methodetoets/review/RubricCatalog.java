package nl.methodetoets.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.Validation;
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
    private final DecisionRules decisions;
    private final Clock clock;

    RubricCatalog(JdbcClient jdbc, ObjectMapper json, TransactionTemplate tx, DecisionRules decisions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
        this.decisions = decisions;
        this.clock = clock;
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
                    .params(rubric.version(), json.writeValueAsString(rubric), OffsetDateTime.now(clock)).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a new version completely before it becomes current: scoring depends on every part of it, and the
     * decisions (processes/*.dmn) on its criterion codes, so a code the DMN does not know is refused.
     */
    Rubric addValidated(Rubric rubric) {
        java.util.Set<String> known = decisions.criterionCodes();
        Validation v = new Validation();
        v.require(rubric.version() != null && rubric.version().matches("[A-Za-z0-9._-]{1,30}"), "version", "rubric.version");
        List<Rubric.Criterion> criteria = rubric.criteria() == null ? List.of() : rubric.criteria();
        v.require(!criteria.isEmpty(), "criteria", "validation.required");
        v.require(criteria.stream().map(Rubric.Criterion::code).distinct().count() == criteria.size(), "criteria", "rubric.duplicateCode");
        for (int i = 0; i < criteria.size(); i++) {
            Rubric.Criterion c = criteria.get(i);
            String field = "criteria[" + i + "]";
            v.require(c.code() != null && c.code().matches("[A-Z][A-Z0-9]{0,9}"), field + ".code", "rubric.code");
            v.require(c.code() == null || !c.code().matches("[A-Z][A-Z0-9]{0,9}") || known.contains(c.code()),
                    field + ".code", "rubric.unknownCode", c.code(), String.join(", ", known));
            v.require(c.name() != null && !c.name().isBlank(), field + ".name", "validation.required");
            v.line(c.name(), field + ".name", InputLimits.CRITERION_NAME);
            if (c.levels() != null && c.levels().size() <= 5) {
                c.levels().forEach(l -> v.text(l.anchor(), field + ".levels", InputLimits.ANCHOR));
            }
            v.require(c.dimension() != null && c.dimension().matches("[OUB]"), field + ".dimension", "rubric.dimension");
            v.require(c.notApplicableFor() != null && c.notApplicableFor().stream().allMatch(t -> t != null && t.matches("EFFECT|MONITOR|PROCESS")),
                    field + ".notApplicableFor", "rubric.studyType");
            v.require(c.levels() != null && c.levels().size() == 5
                            && c.levels().stream().map(Rubric.Level::level).sorted().toList().equals(List.of(1, 2, 3, 4, 5))
                            && c.levels().stream().allMatch(l -> l.anchor() != null && !l.anchor().isBlank()),
                    field + ".levels", "rubric.levels");
        }
        v.throwIfInvalid();
        if (jdbc.sql("select count(*) from rubric_version where version = ?").param(rubric.version()).query(Integer.class).single() > 0) {
            throw new ConflictException("rubric.exists", rubric.version());
        }
        add(rubric);
        return rubric;
    }

    List<String> versions() {
        return jdbc.sql("select version from rubric_version order by created_at, version").query(String.class).list();
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
