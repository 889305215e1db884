package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.commune.CommuneFinder;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Which commune the question is about: the one it names (and its name leaves the text to understand), else the one
 * just picked from a list, else the one sent with it, else the conversation's, else the deployment's default, else
 * the only one loaded. A commune sent with the question that has no plan is asked again.
 */
public final class ResolveCommune implements Step {

    /** Words that place a question in a commune ("ở", "bên", "của"): they go with the commune's name. */
    private static final String PLACE_WORDS = "o|tai|ben|phia|ben phia|trong|thuoc|cua";
    /** Punctuation, but not the point of a decimal ("0.70"): the detector reads quoted targets. */
    private static final Pattern PUNCTUATION = Pattern.compile("(?:[^a-z0-9%.,]|(?<![0-9])[.,]|[.,](?![0-9]))+");

    /** Communes offered when the one sent with a question has no plan and too many are loaded to list them all. */
    private static final int CLOSEST = 5;

    private final CommuneFinder finder;
    private final PlanLibrary library;
    private final Prompts prompts;
    private final String defaultCommune;

    /** @param defaultCommune the commune of a one-commune deployment, or null */
    public ResolveCommune(CommuneFinder finder, PlanLibrary library, Prompts prompts, String defaultCommune) {
        this.finder = finder;
        this.library = library;
        this.prompts = prompts;
        this.defaultCommune = defaultCommune == null || defaultCommune.isBlank() ? null : defaultCommune;
    }

    @Override
    public String name() {
        return "commune";
    }

    @Override
    public void run(TurnContext turn) {
        String folded = turn.folded();
        Optional<CommuneFinder.Mention> mentioned = finder.find(turn.text(), folded);
        String communeId;
        if (mentioned.isPresent()) {
            CommuneFinder.Mention mention = mentioned.get();
            String words = mention.words();
            String without = folded.replaceAll("(?<![a-z0-9])" + Pattern.quote(words.strip()) + "(?![a-z0-9])", " ");
            String spaced = " " + PUNCTUATION.matcher(folded).replaceAll(" ") + " ";
            // the word that places the question there ("còn bên Bình Giang", "ở Vĩnh Trụ") goes with the name
            String rest = spaced.replaceFirst(" (?:" + PLACE_WORDS + ")" + Pattern.quote(words), " ").replace(words, " ");
            if (mention.provinceWords() != null) {
                without = without.replace(mention.provinceWords().strip(), " ");
                rest = rest.replaceFirst(" (?:" + PLACE_WORDS + ")" + Pattern.quote(mention.provinceWords()), " ").replace(mention.provinceWords(), " ");
            }
            turn.withoutCommune(without);
            turn.folded(rest.strip());
            if (mention.ambiguous() && !mention.communes().stream().map(Commune::id).toList().contains(turn.communeId())) {
                askProvince(turn, mention.communes());
                return;
            }
            communeId = mention.ambiguous() ? turn.communeId() : mention.commune().id();
        } else {
            turn.withoutCommune(folded);
            String hint = turn.question().communeHint();
            if (turn.communeId() != null) {
                // picked from the communes offered: the choice just made outranks any sent along
                return;
            } else if (hint != null && !hint.isBlank()) {
                List<Commune> hinted = library.communesNamed(hint);
                if (hinted.isEmpty()) {
                    unknown(turn, hint);
                    return;
                }
                if (hinted.size() > 1) {
                    askProvince(turn, hinted);
                    return;
                }
                communeId = hinted.get(0).id();
            } else if (turn.previous().communeId() != null) {
                communeId = turn.previous().communeId();
            } else if (defaultCommune != null) {
                // configured before ids carried the province, it may be a bare name several provinces share now
                List<Commune> configured = library.communesNamed(defaultCommune);
                if (configured.size() > 1) {
                    askProvince(turn, configured);
                    return;
                }
                communeId = configured.isEmpty() ? defaultCommune : configured.get(0).id();
            } else {
                communeId = library.communes().size() == 1 ? library.communes().get(0).id() : null;
            }
        }
        if (communeId != null) {
            turn.commune(communeId, library.commune(communeId).map(c -> new CommuneRef(c.id(), c.name())).orElse(null));
        }
    }

    /** A commune sent with the question that has no plan: the loaded ones, or the closest by name when too many. */
    private void unknown(TurnContext turn, String hint) {
        turn.intent("unknown_commune");
        if (!finder.tooManyToList()) {
            turn.say(prompts.render("unknown_commune", "name", hint, "communes", finder.names()));
        } else {
            List<Commune> closest = finder.closest(hint, CLOSEST);
            turn.say(closest.isEmpty() ? prompts.render("unknown_commune_no_close", "name", hint)
                    : prompts.render("unknown_commune_closest", "name", hint, "communes",
                    closest.stream().map(this::label).collect(Collectors.joining(", "))));
        }
        turn.finish(Status.CLARIFICATION_NEEDED);
    }

    /**
     * "ở xã Tân Phú" with a Tân Phú in two provinces, or the bare id "tan-phu" sent with the question: which one is
     * asked, each a choice, and the question waits for the pick; never a guess, since the two plans differ.
     */
    private void askProvince(TurnContext turn, List<Commune> named) {
        List<Commune> communes = named.stream().sorted(Comparator.comparing(Commune::id)).limit(CommuneFinder.MAX_LISTED).toList();
        turn.intent("clarify_province");
        turn.say(prompts.render("clarify_province", "name", communes.get(0).name(), "provinces",
                communes.stream().map(c -> c.province() == null ? prompts.render("province_unknown") : c.province())
                        .collect(Collectors.joining(", "))));
        communes.forEach(c -> turn.candidates().add(Answer.Candidate.commune(c.id(), label(c))));
        turn.remember(new Conversations.State(null, null, null, null, null, communes.stream().map(Commune::id).toList(),
                Answer.Candidate.COMMUNE, turn.text()));
        turn.finish(Status.CLARIFICATION_NEEDED);
    }

    /** "Xã Tân Phú (Đồng Nai)": a commune as a choice, with its province where its plan names one. */
    private String label(Commune c) {
        return c.province() == null ? prompts.render("commune_candidate", "name", c.name())
                : prompts.render("commune_candidate_province", "name", c.name(), "province", c.province());
    }
}
