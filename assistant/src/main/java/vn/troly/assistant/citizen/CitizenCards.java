package vn.troly.assistant.citizen;

import vn.troly.assistant.prompt.Prompts;

import java.util.List;

/** The cards listed in prompts/citizen/cards/index.txt, read once, in that order (on a tie the earlier card wins). */
public final class CitizenCards {

    private CitizenCards() {
    }

    public static List<ProcedureCard> load() {
        return Prompts.listed("citizen/cards").stream().map(file -> CardFile.read(file, Prompts.yaml(file))).toList();
    }
}
