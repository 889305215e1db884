package vn.troly.assistant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Grades an answer against the expectations of an evaluation case; returns what failed. */
public final class Grader {

    private static final String CARD_PREFIX = "citizen/";
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})");

    private final VietnameseNormalizer normalizer;
    private final AgencyDirectory agencies;

    public Grader(VietnameseNormalizer normalizer, AgencyDirectory agencies) {
        this.normalizer = normalizer;
        this.agencies = agencies;
    }

    public List<String> grade(JsonNode expect, Answer answer) {
        List<String> failures = new ArrayList<>();
        String text = fold(answer.answer());
        IndicatorCard first = answer.indicators().isEmpty() ? null : answer.indicators().get(0);
        expect.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            switch (key) {
                case "status" -> {
                    Set<String> allowed = new HashSet<>();
                    if (value.isArray()) {
                        value.forEach(v -> allowed.add(v.asText()));
                    } else {
                        allowed.add(value.asText());
                    }
                    if (!allowed.contains(answer.status().code())) {
                        failures.add("status " + answer.status().code() + " not in " + allowed);
                    }
                }
                case "lead" -> {
                    Set<String> wanted = agencySet(value);
                    Set<String> got = first == null ? Set.of() : agencySet(first.lead());
                    if (!wanted.equals(got)) {
                        failures.add("lead " + got + " != " + wanted);
                    }
                    value.forEach(a -> {
                        if (!names(text, a.asText())) {
                            failures.add("answer does not name " + a.asText());
                        }
                    });
                }
                case "coordinating" -> value.forEach(a -> {
                    if (!names(text, a.asText())) {
                        failures.add("answer does not name " + a.asText());
                    }
                });
                case "indicator_name" -> {
                    if (first == null || !nameKey(first.name()).equals(nameKey(value.asText()))) {
                        failures.add("first indicator " + (first == null ? "none" : first.name()) + " != " + value.asText());
                    }
                }
                case "target", "value" -> {
                    if (!containsNumber(answer.answer(), number(value))) {
                        failures.add(key + " " + value.asText() + " not in answer");
                    }
                }
                case "deadline" -> {
                    if (!statesDeadline(text, fold(value.asText()))) {
                        failures.add("deadline " + value.asText() + " not in answer");
                    }
                }
                case "answer_contains" -> value.forEach(item -> {
                    List<String> options = new ArrayList<>();
                    if (item.isArray()) {
                        item.forEach(o -> options.add(o.asText()));
                    } else {
                        options.add(item.asText());
                    }
                    if (options.stream().noneMatch(o -> text.contains(fold(o)))) {
                        failures.add("answer lacks " + options);
                    }
                });
                case "answer_lacks" -> value.forEach(item -> {
                    if (text.contains(fold(item.asText()))) {
                        failures.add("answer contains " + item.asText());
                    }
                });
                case "indicator_names" -> {
                    Set<String> wanted = new HashSet<>();
                    value.forEach(v -> wanted.add(nameKey(v.asText())));
                    Set<String> got = new HashSet<>();
                    answer.indicators().forEach(i -> got.add(nameKey(i.name())));
                    long hit = got.stream().filter(wanted::contains).count();
                    double recall = wanted.isEmpty() ? 1 : (double) wanted.stream().filter(got::contains).count() / wanted.size();
                    double precision = got.isEmpty() ? 0 : (double) hit / got.size();
                    double minRecall = expect.path("min_recall").asDouble(0.9);
                    double minPrecision = expect.path("min_precision").asDouble(0.8);
                    if (recall < minRecall || precision < minPrecision) {
                        failures.add(String.format("indicators recall %.2f precision %.2f", recall, precision));
                    }
                }
                case "cited" -> {
                    if (value.asBoolean() && answer.citations().isEmpty()) {
                        failures.add("no citation");
                    }
                }
                case "card" -> {
                    // the citizen card the answer is built on ("none" when it must be built on none)
                    String got = answer.citations().stream().map(c -> c.documentId())
                            .filter(id -> id != null && id.startsWith(CARD_PREFIX)).findFirst()
                            .map(id -> id.substring(CARD_PREFIX.length())).orElse("none");
                    if (!got.equals(value.asText())) {
                        failures.add("card " + got + " != " + value.asText());
                    }
                }
                case "indicator_status" -> {
                    if (first == null || !value.asText().equals(first.status())) {
                        failures.add("status of indicator " + (first == null ? "none" : first.status()) + " != " + value.asText());
                    }
                }
                default -> {
                }
            }
        });
        return failures;
    }

    private boolean names(String foldedText, String agency) {
        String canonical = agencies.find(agency).map(a -> a.name()).orElse(agency);
        return foldedText.contains(fold(canonical)) || foldedText.contains(fold(agency));
    }

    private Set<String> agencySet(JsonNode array) {
        Set<String> set = new HashSet<>();
        array.forEach(a -> set.add(agencyKey(a.asText())));
        return set;
    }

    private Set<String> agencySet(List<String> names) {
        Set<String> set = new HashSet<>();
        names.forEach(n -> set.add(agencyKey(n)));
        return set;
    }

    private String agencyKey(String name) {
        return agencies.find(name).map(a -> a.id()).orElse(fold(name));
    }

    static boolean containsNumber(String text, double number) {
        Matcher m = Pattern.compile("\\d+(?:[.,]\\d+)*").matcher(text);
        while (m.find()) {
            String n = m.group();
            for (String candidate : List.of(n.replace(",", "."), n.replace(".", "").replace(",", "."))) {
                try {
                    if (Math.abs(Double.parseDouble(candidate) - number) < 1e-9) {
                        return true;
                    }
                } catch (NumberFormatException ignored) {
                    // not a number after all
                }
            }
        }
        return false;
    }

    private static boolean statesDeadline(String foldedText, String foldedDeadline) {
        if (foldedText.contains(foldedDeadline)) {
            return true;
        }
        Matcher wanted = MONTH_YEAR.matcher(foldedDeadline);
        if (!wanted.find()) {
            return false;
        }
        int month = Integer.parseInt(wanted.group(1));
        String year = wanted.group(2);
        Matcher m = MONTH_YEAR.matcher(foldedText);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == month && m.group(2).equals(year)) {
                return true;
            }
        }
        return false;
    }

    /** A row's name as its identity: the "." or ";" that closes a table cell does not make another row. */
    String nameKey(String name) {
        return fold(name).replaceAll("[\\s.;:,]+$", "");
    }

    private String fold(String text) {
        return normalizer.fold(text).replaceAll("\\s+", " ");
    }

    /** A figure as the set writes it: a number, or text with a decimal comma ("1,5" is 1.5); NaN, never met, if neither. */
    static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
