package vn.troly.assistant.understand;

import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.prompt.Prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Routes greetings, thanks, help, refusals and out-of-scope messages to canned replies (prompts/routes.yml). */
public final class Router {

    /** A pattern matches whole words only: "hen ho" (dating) is not in "hẹn hoàn thành" (a deadline). */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private final List<Label> labels = new ArrayList<>();
    private final Route fallback;

    @SuppressWarnings("unchecked")
    public Router(VietnameseNormalizer normalizer) {
        Map<String, Object> routes = Prompts.yaml("routes.yml");
        for (Map<String, Object> label : (List<Map<String, Object>>) routes.get("labels")) {
            List<Pattern> patterns = ((List<String>) label.get("patterns")).stream()
                    .map(p -> Pattern.compile(WORD_START + "(?:" + normalizer.foldPattern(p) + ")" + WORD_END)).toList();
            labels.add(new Label(new Route((String) label.get("name"), status(label.get("status")), ((String) label.get("reply")).strip(),
                    Boolean.TRUE.equals(label.get("yields_to_plan"))), patterns, Boolean.TRUE.equals(label.get("whole_message"))));
        }
        Map<String, Object> fb = (Map<String, Object>) routes.get("fallback");
        fallback = new Route("fallback", status(fb.get("status")), ((String) fb.get("reply")).strip(), false);
    }

    /** The label of a folded message, if one applies. */
    public Optional<Route> route(String folded) {
        String trimmed = folded.replaceAll("[\\s?!.,;:…]+$", "").strip();
        for (Label label : labels) {
            String subject = label.whole ? trimmed : folded;
            if (label.patterns.stream().anyMatch(p -> p.matcher(subject).find())) {
                return Optional.of(label.route);
            }
        }
        return Optional.empty();
    }

    /** Reply when nothing in the plans or the citizen guide matches. */
    public Route fallback() {
        return fallback;
    }

    private static Status status(Object name) {
        return Status.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT));
    }

    private record Label(Route route, List<Pattern> patterns, boolean whole) {
    }
}
