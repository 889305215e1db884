package vn.troly.channels.zalo;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Question;
import vn.troly.channels.output.ActionText;
import vn.troly.channels.output.InputAdapter;

import java.util.Optional;

/**
 * A Zalo text message as a question: a button's payload ("#chon …", "#xacnhan co") is the typed action it stands
 * for, anything else typed words. Each Zalo user has one conversation, and only they can confirm a value they reported.
 */
final class ZaloInput implements InputAdapter<ZaloEvent> {

    /** As long as the web chat accepts; Zalo itself allows longer messages. */
    static final int MAX_QUESTION = 4000;

    private final ZaloIdentities identities;
    private final ZaloCommunes communes;

    ZaloInput(ZaloIdentities identities, ZaloCommunes communes) {
        this.identities = identities;
        this.communes = communes;
    }

    @Override
    public Optional<Question> question(ZaloEvent event) {
        if (!ZaloEvent.TEXT.equals(event.name()) || event.text() == null || event.text().isBlank()) {
            return Optional.empty();
        }
        String typed = event.text().strip();
        Action action = ActionText.decode(typed).orElse(Action.TEXT);
        // a pick reads as the candidate it picks, as Telegram's buttons do
        String text = action instanceof Action.Pick pick ? pick.candidateId()
                : typed.substring(0, Math.min(typed.length(), MAX_QUESTION));
        String user = event.userId();
        return Optional.of(new Question(text, communes.get(user).orElse(null), conversationId(user),
                identities.forZaloUser(user), ZaloOutput.CHANNEL, action, "zalo:" + user));
    }

    static String conversationId(String userId) {
        return "zl-" + userId;
    }
}
