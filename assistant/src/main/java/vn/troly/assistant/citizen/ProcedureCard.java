package vn.troly.assistant.citizen;

import java.time.LocalDate;
import java.util.List;

/**
 * One procedure card of the citizen guide (a file of prompts/citizen): the fixed shape every card fills in.
 *
 * @param id         file name without extension
 * @param title      the question the card answers
 * @param aliases    names people use for it (the first one names the card in lists)
 * @param what       what it is
 * @param who        who may do it
 * @param where      where it is done: the national portal, the province's portal, VNeID, the one-stop shop
 * @param steps      the steps, in order
 * @param documents  the documents to bring or attach
 * @param timeLimit  the time limit, as the sources state it (or that they do not)
 * @param fee        the fee, as the sources state it (or that they do not)
 * @param result     what comes back
 * @param legalBasis the legal basis
 * @param sources    where the facts come from
 * @param reviewedOn when the card was last checked against its sources
 * @param examples   questions this card must answer (each runs as a test)
 * @param negatives  questions this card must not answer (each runs as a test)
 */
public record ProcedureCard(String id, String title, List<String> aliases, String what, String who, String where,
                            List<String> steps, List<String> documents, String timeLimit, String fee, String result,
                            String legalBasis, List<CardSource> sources, LocalDate reviewedOn, List<String> examples,
                            List<String> negatives) {

    /** The fields every card must fill in, as they are written in the files. */
    public static final List<String> FIELDS = List.of("id", "title", "aliases", "what", "who", "where", "steps",
            "documents", "time_limit", "fee", "result", "legal_basis", "sources", "reviewed_on", "examples", "negatives");

    public ProcedureCard {
        aliases = List.copyOf(aliases);
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
        sources = List.copyOf(sources);
        examples = List.copyOf(examples);
        negatives = List.copyOf(negatives);
    }

    /** The short name the card goes by in a list of what the guide covers. */
    public String name() {
        return aliases.isEmpty() ? title : aliases.get(0);
    }
}
