package nl.methodetoets.advice.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.methodetoets.advice.PublicRegister;
import nl.methodetoets.advice.PublicRegister.PublicRoundListing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom feed (RFC 4287) of the published rounds: one entry per round, newest first, linking its page and its
 * document. Links are absolute: {@code methodetoets.base-url} when set, else the address the request came to. The
 * feed's and the entries' ids are those absolute URLs ({@code <base>/openbaar}, {@code <base>/openbaar/<year>}), which
 * never change as long as the base URL does not: set {@code methodetoets.base-url} in production.
 */
@Component
class RegisterFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The feed's {@code updated} while nothing is published (Atom requires one; fixed, so the ETag stays put). */
    private static final OffsetDateTime NOTHING_YET = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final MessageSource texts;
    private final String baseUrl;

    RegisterFeed(MessageSource texts, @Value("${methodetoets.base-url:}") String baseUrl) {
        this.texts = texts;
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    byte[] render(List<PublicRoundListing> rounds, HttpServletRequest request, Locale locale) {
        String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : baseUrl;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
            element(xml, "id", base + "/openbaar");
            element(xml, "title", text("ui.register.feed.title", locale));
            element(xml, "subtitle", text("ui.tagline", locale));
            element(xml, "updated", timestamp(rounds.stream().map(PublicRoundListing::published).filter(Objects::nonNull)
                    .max(OffsetDateTime::compareTo).orElse(NOTHING_YET)));
            link(xml, "self", "application/atom+xml", base + "/openbaar/feed");
            link(xml, "alternate", "text/html", base + "/openbaar");
            xml.writeStartElement("author");
            element(xml, "name", text("ui.tagline", locale));
            xml.writeEndElement();
            for (PublicRoundListing round : rounds) {
                entry(xml, round, base, locale);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the register's feed failed", e);
        }
        return out.toByteArray();
    }

    private void entry(XMLStreamWriter xml, PublicRoundListing round, String base, Locale locale) throws XMLStreamException {
        String year = String.valueOf(round.year());
        OffsetDateTime published = round.published() == null ? NOTHING_YET : round.published();
        xml.writeStartElement("entry");
        element(xml, "id", base + "/openbaar/" + year);
        element(xml, "title", text("ui.register.round", locale, year));
        element(xml, "published", timestamp(published));
        element(xml, "updated", timestamp(published));
        link(xml, "alternate", "text/html", base + "/openbaar/" + year);
        link(xml, "enclosure", "application/pdf", base + PublicRegister.documentPath(round.year()));
        element(xml, "summary", text("ui.register.feed.summary", locale, year,
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(published.atZoneSameInstant(AMSTERDAM)),
                round.sha256()));
        xml.writeEndElement();
    }

    private String text(String key, Locale locale, Object... args) {
        return texts.getMessage(key, args, locale);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, whole seconds. */
    static String timestamp(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
