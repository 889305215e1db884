package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Question;
import vn.troly.channels.handover.HandoverRequests;
import vn.troly.channels.output.InputAdapter;

import java.util.Map;
import java.util.Optional;

/**
 * A message or button press meant for the bot as a question with its typed action: typed words and "/hoi …" are
 * text, "/tomtat" and "/capnhat …" commands, a candidate button a pick, "Xác nhận"/"Hủy" a confirmation, "Chuyển cho
 * cán bộ" the hand-over command. Whether a group message is for the bot at all, and what the other commands do, is
 * the dispatcher's.
 */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramInput implements InputAdapter<TelegramInput.Incoming> {

    /** What /tomtat asks the engine, so the summary reads the same as when typed. */
    static final String SUMMARY_QUESTION = "tóm tắt tình hình thực hiện";

    /**
     * One update as the dispatcher read it.
     *
     * @param turn    who wrote, in which chat
     * @param text    the words after the command or mention (empty for a button)
     * @param command the command's name in lower case ("hoi", "tomtat"), or null for words or a button
     * @param button  the pressed button's data, or null
     */
    record Incoming(ChatTurn turn, String text, String command, CallbackData button) {

        static Incoming words(ChatTurn turn, String text) {
            return new Incoming(turn, text, null, null);
        }

        static Incoming command(ChatTurn turn, String name, String args) {
            return new Incoming(turn, args, name, null);
        }

        static Incoming pressed(ChatTurn turn, CallbackData button) {
            return new Incoming(turn, "", null, button);
        }
    }

    private final ChatCommunes communes;
    private final TelegramTexts texts;

    TelegramInput(ChatCommunes communes, TelegramTexts texts) {
        this.communes = communes;
        this.texts = texts;
    }

    /** Empty for what is no question: blank words, a commune button, a command that is not asked of the engine. */
    @Override
    public Optional<Question> question(Incoming in) {
        ChatTurn turn = in.turn();
        String text = in.text() == null ? "" : in.text().strip();
        if (in.button() != null) {
            return pressed(turn, in.button());
        }
        if (in.command() == null || "hoi".equals(in.command())) {
            return text.isEmpty() ? Optional.empty() : Optional.of(question(turn, text, turn.conversationId(), Action.TEXT));
        }
        return switch (in.command()) {
            case "tomtat" -> Optional.of(question(turn, SUMMARY_QUESTION, turn.conversationId(), new Action.Command("summary", Map.of())));
            case "capnhat" -> text.isEmpty() ? Optional.empty()
                    : Optional.of(question(turn, text, turn.conversationId(), new Action.Command("update", Map.of())));
            default -> Optional.empty();
        };
    }

    private Optional<Question> pressed(ChatTurn turn, CallbackData button) {
        // a list belongs to the conversation of the member who asked, whoever presses its button
        String owners = ChatTurn.conversationId(turn.chatId(), button.ownerId(), turn.group());
        return switch (button.kind()) {
            case PICK -> Optional.of(question(turn, button.value(), owners, new Action.Pick(button.value())));
            // a keyboard sent before picks carried ids: its number reads as typed, as "2" after a list does
            case PICK_NUMBER -> Optional.of(question(turn, button.value(), owners, Action.TEXT));
            case HANDOVER -> Optional.of(question(turn, "", owners, new Action.Command(HandoverRequests.COMMAND, Map.of())));
            // only the member who reported a value confirms it, in their own conversation
            case CONFIRM -> {
                boolean yes = "y".equals(button.value());
                yield Optional.of(question(turn, texts.get(yes ? "button_confirm" : "button_cancel"), turn.conversationId(),
                        new Action.Confirm(yes)));
            }
            // choosing a commune and turning the picker's pages change the chat, not the conversation
            case COMMUNE, PROVINCES, PROVINCE -> Optional.empty();
        };
    }

    private Question question(ChatTurn turn, String text, String conversationId, Action action) {
        // a value reported here is confirmed by the same Telegram user in the same chat, not by a group's other members
        return new Question(text, communes.get(turn.chatId()).orElse(null), conversationId, turn.caller(),
                TelegramCommands.CHANNEL, action, "telegram:" + turn.chatId() + ":" + turn.userId());
    }
}
