package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.Answerer;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.channels.output.AnswerRenderer;
import vn.troly.channels.output.Attachment;
import vn.troly.channels.web.CommuneSummaries;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.Subscriptions;

import java.util.List;
import java.util.Optional;

/** What each command and each question does; the dispatcher decides whether a message is for the bot at all. */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramCommands {

    static final String CHANNEL = "telegram";

    private final Answerer assistant;
    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final Subscriptions subscriptions;
    private final AgencyDirectory agencies;
    private final ChatCommunes communes;
    private final TelegramSender sender;
    private final TelegramTexts texts;
    private final HandoverDesk handovers;
    private final TelegramInput input;
    private final TelegramOutput output;
    private final AnswerRenderer renderer;
    private final CommunePicker picker;

    public TelegramCommands(Answerer assistant, PlanLibrary library, VietnameseNormalizer normalizer,
                            Subscriptions subscriptions, AgencyDirectory agencies,
                            ChatCommunes communes, TelegramSender sender, TelegramTexts texts,
                            HandoverDesk handovers, TelegramInput input, TelegramOutput output, AnswerRenderer renderer,
                            CommunePicker picker) {
        this.assistant = assistant;
        this.library = library;
        this.normalizer = normalizer;
        this.subscriptions = subscriptions;
        this.agencies = agencies;
        this.communes = communes;
        this.sender = sender;
        this.texts = texts;
        this.handovers = handovers;
        this.input = input;
        this.output = output;
        this.renderer = renderer;
        this.picker = picker;
    }

    // ---- plain texts ---------------------------------------------------------------------------------------

    void start(ChatTurn turn) {
        sendText(turn.chatId(), texts.get("start"));
    }

    void help(ChatTurn turn) {
        sendText(turn.chatId(), texts.get("help"));
    }

    /** Plain text (no formatting), escaped, split and sent. */
    void sendText(long chatId, String text) {
        output.text(chatId, text);
    }

    // ---- questions -----------------------------------------------------------------------------------------

    /**
     * A message or a pressed button, answered in the chat with the buttons the answer calls for; "gặp cán bộ" (or the
     * hand-over button) hands the conversation to the commune's officials instead.
     */
    void ask(ChatTurn turn, Question question) {
        ask(turn, question, null);
    }

    /** The same with an image or file after the answer (the summary's chart), or null. */
    void ask(ChatTurn turn, Question question, Attachment file) {
        if (handovers.asks(question)) {
            sendText(turn.chatId(), handovers.start(question, CHANNEL, String.valueOf(turn.chatId())).message());
            return;
        }
        Answer answer = answer(turn, question);
        handovers.answered(question, answer);
        output.deliver(turn.chatId(), turn.userId(),
                renderer.render(answer, output.format(), handovers.offer(question, answer)).with(file));
    }

    /** The assistant's answer; the chat keeps the commune the answer was about for the next question. */
    private Answer answer(ChatTurn turn, Question question) {
        Answer answer = assistant.answer(question);
        if (answer.commune() != null) {
            communes.set(turn.chatId(), answer.commune().id());
        }
        return answer;
    }

    // ---- commune -------------------------------------------------------------------------------------------

    /**
     * "/xa Vĩnh Trụ" chooses directly; a name several provinces' communes share offers each with its province; other
     * words offer the communes and provinces whose names hold them; "/xa" alone shows the province, then commune pages.
     */
    void commune(ChatTurn turn, String name) {
        if (name.isBlank()) {
            chooseCommune(turn.chatId(), texts.get("commune_choose"));
            return;
        }
        List<CommuneSummaries.CommuneSummary> named = name.contains("/") ? List.of() : picker.named(name);
        if (named.size() > 1) {
            send(turn.chatId(), texts.get("commune_several", "count", named.size(), "name", named.get(0).name()), picker.choices(named));
            return;
        }
        Optional<Commune> commune = named.size() == 1 ? library.commune(named.get(0).id()) : library.findCommune(name);
        if (commune.isPresent()) {
            communes.set(turn.chatId(), commune.get().id());
            sendText(turn.chatId(), texts.get("commune_set", "commune", commune.get().name()));
            return;
        }
        List<InlineKeyboardButton> matching = picker.matching(name);
        if (!matching.isEmpty()) {
            send(turn.chatId(), texts.get("commune_matching", "name", name),
                    InlineKeyboardMarkup.builder().keyboard(matching.stream().map(InlineKeyboardRow::new).toList()).build());
            return;
        }
        CommunePicker.Screen provinces = picker.provinces(texts.get("commune_unknown", "name", name), 0);
        send(turn.chatId(), provinces.text(), provinces.keyboard());
    }

    void chooseCommune(long chatId, String prompt) {
        CommunePicker.Screen screen = picker.start(prompt);
        send(chatId, screen.text(), screen.keyboard());
    }

    /** A page of provinces or of a province's communes, in place of the screen whose button was pressed. */
    void turnPage(long chatId, int messageId, CommunePicker.Screen screen) {
        sender.editHtml(chatId, messageId, TelegramFormat.escape(screen.text()), screen.keyboard());
    }

    private void send(long chatId, String text, InlineKeyboardMarkup keyboard) {
        sender.sendHtml(chatId, List.of(TelegramFormat.escape(text)), keyboard);
    }

    /** A commune button: the chat's commune, or empty when the commune is no longer loaded. */
    Optional<Commune> selectCommune(long chatId, String communeId) {
        Optional<Commune> commune = library.commune(communeId);
        commune.ifPresent(c -> communes.set(chatId, c.id()));
        return commune;
    }

    // ---- subscriptions -------------------------------------------------------------------------------------

    /** "/dangky Công an xã" subscribes the chat to that agency's reminders; "/dangky lãnh đạo" to the summary. */
    void subscribe(ChatTurn turn, String who) {
        Optional<String> commune = communes.get(turn.chatId());
        if (commune.isEmpty() || who.isBlank()) {
            sendText(turn.chatId(), texts.reminder("subscribe_usage"));
            return;
        }
        String communeName = library.commune(commune.get()).map(Commune::name).orElse(commune.get());
        // kept under the commune's id, as reminders look it up
        String communeId = library.commune(commune.get()).map(Commune::id).orElse(commune.get());
        String chat = String.valueOf(turn.chatId());
        if (normalizer.fold(who).matches("lanh dao.*|chu tich.*")) {
            subscriptions.add(new Subscriptions.Subscription(CHANNEL, chat, communeId, null));
            sendText(turn.chatId(), texts.reminder("subscribed_leader", "commune", communeName));
            return;
        }
        sendText(turn.chatId(), agencies.find(who).map(agency -> {
            subscriptions.add(new Subscriptions.Subscription(CHANNEL, chat, communeId, agency.id()));
            return texts.reminder("subscribed_agency", "agency", agency.name(), "commune", communeName);
        }).orElse(texts.reminder("subscribe_usage")));
    }

    // ---- values --------------------------------------------------------------------------------------------

    /** "/capnhat phủ sóng 5G 62,5%": the assistant reads the value and asks to confirm; buttons answer for the user. */
    void update(ChatTurn turn, TelegramInput.Incoming command) {
        if (!turn.caller().role().seesValues()) {
            sendText(turn.chatId(), texts.get("update_refused"));
            return;
        }
        Optional<Question> question = input.question(command);
        if (question.isEmpty()) {
            sendText(turn.chatId(), texts.get("update_usage"));
            return;
        }
        if (communes.get(turn.chatId()).isEmpty()) {
            chooseCommune(turn.chatId(), texts.get("commune_needed"));
            return;
        }
        ask(turn, question.get());
    }

    /** A pressed "Xác nhận"/"Hủy": the same conversation gets the confirmation; the result replaces the question. */
    void confirm(ChatTurn turn, Question confirmation, int messageId) {
        Answer answer = answer(turn, confirmation);
        // no value was waiting any more (answered by typing, or a newer report replaced it): say so, not a stray answer
        String text = "update".equals(answer.intent()) ? answer.answer() : texts.get("button_expired");
        sender.editHtml(turn.chatId(), messageId, TelegramFormat.escape(text), null);
    }
}
