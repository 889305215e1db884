package vn.troly.assistant.citizen;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Reads one card file (YAML already parsed into maps and lists); a field missing or empty is a broken card. */
final class CardFile {

    private final String file;
    private final Map<String, Object> fields;

    private CardFile(String file, Map<String, Object> fields) {
        this.file = file;
        this.fields = fields;
    }

    static ProcedureCard read(String file, Map<String, Object> fields) {
        return new CardFile(file, fields).card();
    }

    private ProcedureCard card() {
        for (String field : ProcedureCard.FIELDS) {
            if (!fields.containsKey(field)) {
                throw broken("has no field " + field);
            }
        }
        String id = text("id");
        String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expected)) {
            throw broken("has id " + id + ", not its file name");
        }
        return new ProcedureCard(id, text("title"), list("aliases"), text("what"), text("who"), text("where"),
                list("steps"), list("documents"), text("time_limit"), text("fee"), text("result"), text("legal_basis"),
                sources(), date("reviewed_on"), list("examples"), list("negatives"));
    }

    private String text(String field) {
        Object value = fields.get(field);
        String text = value == null ? "" : String.valueOf(value).strip();
        if (text.isEmpty() || value instanceof List || value instanceof Map) {
            throw broken("has an empty or malformed " + field);
        }
        return text;
    }

    private List<String> list(String field) {
        if (!(fields.get(field) instanceof List<?> items) || items.isEmpty()) {
            throw broken("has no list of " + field);
        }
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            String text = item == null ? "" : String.valueOf(item).strip();
            if (text.isEmpty()) {
                throw broken("has an empty item in " + field);
            }
            out.add(text);
        }
        return out;
    }

    private List<CardSource> sources() {
        if (!(fields.get("sources") instanceof List<?> items) || items.isEmpty()) {
            throw broken("has no sources");
        }
        List<CardSource> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> source) || source.get("title") == null) {
                throw broken("has a source without a title");
            }
            Object url = source.get("url");
            out.add(new CardSource(String.valueOf(source.get("title")).strip(), url == null ? null : String.valueOf(url).strip()));
        }
        return out;
    }

    private LocalDate date(String field) {
        Object value = fields.get(field);
        // YAML reads an unquoted 2026-12-03 as a timestamp, a quoted one as text: both are the same day
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(field));
        } catch (RuntimeException e) {
            throw broken("has a " + field + " that is not a date (yyyy-mm-dd)");
        }
    }

    private IllegalStateException broken(String what) {
        return new IllegalStateException("prompts/" + file + " " + what);
    }
}
