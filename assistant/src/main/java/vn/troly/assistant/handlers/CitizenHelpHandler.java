package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.citizen.CardMatch;
import vn.troly.assistant.citizen.CardText;
import vn.troly.assistant.citizen.CitizenGuide;
import vn.troly.assistant.citizen.CommuneContacts;
import vn.troly.assistant.citizen.ProcedureCard;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Intent;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Làm giấy khai sinh cho con qua mạng được không?": the card of the citizens' guide that answers an errand, with its
 * sources; or, when the errand names a procedure the guide has no card for, that the guide has none and where to ask.
 * Tried first for citizens' questions (they need no commune), and again when a question matches no row of the plan.
 */
public final class CitizenHelpHandler {

    private final CitizenGuide guide;
    private final CardText cardText;
    private final CommuneContacts contacts;
    private final Prompts prompts;

    public CitizenHelpHandler(CitizenGuide guide, Prompts prompts) {
        this(guide, prompts, new CommuneContacts());
    }

    public CitizenHelpHandler(CitizenGuide guide, Prompts prompts, CommuneContacts contacts) {
        this.guide = guide;
        this.cardText = new CardText(prompts);
        this.contacts = contacts;
        this.prompts = prompts;
    }

    /**
     * @param askingHelp the question was read as a citizen's request for help (intent), not only guessed to be one
     * @return whether the guide answered it (with a card, or by saying it has none for the procedure named)
     */
    public boolean answer(String text, boolean askingHelp, TurnContext turn) {
        CardMatch match = guide.match(text, askingHelp);
        turn.mark("citizen_guide");
        if (match.declined()) {
            noGuide(turn, prompts.render("citizen_uncovered", "procedure", match.uncovered()));
            return true;
        }
        if (!match.found()) {
            return false;
        }
        ProcedureCard card = match.card();
        turn.intent(Intent.CITIZEN.code());
        List<String> lines = cardText.lines(card);
        // the commune's own contacts go before the sources line, which a channel may fold away
        lines.subList(0, lines.size() - 1).forEach(turn::say);
        sayContacts(turn);
        turn.say(lines.get(lines.size() - 1));
        turn.citations().addAll(cardText.citations(card));
        turn.cardId(card.id());
        return true;
    }

    private void sayContacts(TurnContext turn) {
        contacts.of(turn.communeId()).ifPresent(c -> cardText.contact(c, turn.communeName()).forEach(turn::say));
    }

    /**
     * "cần giấy tờ gì?" right after a card: that field of the card (or of the card the question names instead).
     *
     * @param lastCardId the card of the conversation's last answer, or null
     * @return whether the turn was answered so
     */
    public boolean followUp(String text, String lastCardId, TurnContext turn) {
        Optional<CitizenGuide.FieldAsked> asked = guide.followUp(text, lastCardId);
        if (asked.isEmpty()) {
            return false;
        }
        ProcedureCard card = asked.get().card();
        turn.mark("citizen_follow_up");
        turn.intent(Intent.CITIZEN.code());
        cardText.field(card, asked.get().field(), asked.get().label()).forEach(turn::say);
        turn.citations().addAll(cardText.citations(card));
        turn.cardId(card.id());
        return true;
    }

    /** Only when the question names a procedure the guide has no card for: says so; otherwise leaves the turn alone. */
    public boolean declineUncovered(String text, TurnContext turn) {
        CardMatch match = guide.match(text, false);
        if (!match.declined()) {
            return false;
        }
        turn.mark("citizen_guide");
        noGuide(turn, prompts.render("citizen_uncovered", "procedure", match.uncovered()));
        return true;
    }

    /** The guide has nothing for the errand: said plainly, with what it does cover and where to ask instead. */
    public void noGuide(TurnContext turn, String why) {
        turn.status(Status.NOT_IN_PLAN);
        turn.intent(Intent.CITIZEN.code());
        turn.say(why);
        turn.say(prompts.render("citizen_covers", "names",
                guide.cards().stream().map(ProcedureCard::name).collect(Collectors.joining(", "))));
        turn.say(prompts.render("citizen_where_to_ask"));
        sayContacts(turn);
    }
}
