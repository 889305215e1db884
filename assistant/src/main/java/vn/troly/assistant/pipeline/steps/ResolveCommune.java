package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.commune.CommuneFinder;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.Optional;
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
            String words = mentioned.get().words();
            communeId = mentioned.get().commune().id();
            turn.withoutCommune(folded.replaceAll("(?<![a-z0-9])" + Pattern.quote(words.strip()) + "(?![a-z0-9])", " "));
            String spaced = " " + PUNCTUATION.matcher(folded).replaceAll(" ") + " ";
            // the word that places the question there ("còn bên Bình Giang", "ở Vĩnh Trụ") goes with the name
            turn.folded(spaced.replaceFirst(" (?:" + PLACE_WORDS + ")" + Pattern.quote(words), " ").replace(words, " ").strip());
        } else {
            turn.withoutCommune(folded);
            String hint = turn.question().communeHint();
            if (turn.communeId() != null) {
                // picked from the communes offered: the choice just made outranks any sent along
                return;
            } else if (hint != null && !hint.isBlank()) {
                Optional<Commune> hinted = library.findCommune(hint);
                if (hinted.isEmpty()) {
                    turn.intent("unknown_commune");
                    turn.say(prompts.render("unknown_commune", "name", hint, "communes", finder.names()));
                    turn.finish(Status.CLARIFICATION_NEEDED);
                    return;
                }
                communeId = hinted.get().id();
            } else if (turn.previous().communeId() != null) {
                communeId = turn.previous().communeId();
            } else if (defaultCommune != null) {
                communeId = defaultCommune;
            } else {
                communeId = library.communes().size() == 1 ? library.communes().get(0).id() : null;
            }
        }
        if (communeId != null) {
            turn.commune(communeId, library.commune(communeId).map(c -> new CommuneRef(c.id(), c.name())).orElse(null));
        }
    }
}
