package vn.troly.assistant.agent;

import vn.troly.assistant.understand.AgencyMentions;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an LLM answer against the evidence of its turn (tool results and the question): every number, percentage,
 * date and agency it states must be found there. Returns what is not.
 */
public final class GroundingCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final VietnameseNormalizer normalizer;
    private final AgencyMentions agencies;

    public GroundingCheck(VietnameseNormalizer normalizer, AgencyMentions agencies) {
        this.normalizer = normalizer;
        this.agencies = agencies;
    }

    public List<String> unsupported(String answer, String evidence) {
        List<String> missing = new ArrayList<>();
        Set<String> evidenceNumbers = new HashSet<>();
        Matcher e = NUMBER.matcher(evidence);
        while (e.find()) {
            evidenceNumbers.addAll(readings(e.group()));
        }
        Matcher stated = NUMBER.matcher(answer);
        while (stated.find()) {
            if (readings(stated.group()).stream().noneMatch(evidenceNumbers::contains)) {
                missing.add(stated.group());
            }
        }
        Set<String> evidenceAgencies = new HashSet<>();
        agencies.findAll(evidence).forEach(a -> evidenceAgencies.add(a.id()));
        for (Agency agency : agencies.findAll(answer)) {
            if (!evidenceAgencies.contains(agency.id())) {
                missing.add(agency.name());
            }
        }
        return missing;
    }

    /** The values a written number may mean ("1,5" is 1.5; "1.000" is 1000 or 1), so formatting never counts. */
    private static List<String> readings(String raw) {
        return List.of(canonical(raw.replace(",", ".")), canonical(raw.replace(".", "").replace(",", ".")));
    }

    private static String canonical(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
