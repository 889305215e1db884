package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.troly.assistant.answer.Action;
import vn.troly.channels.handover.HandoverRequests;
import vn.troly.channels.output.AnswerRenderer;
import vn.troly.channels.output.Attachment;
import vn.troly.channels.output.ChannelFormat;
import vn.troly.channels.output.Choice;
import vn.troly.channels.output.OutputChannel;
import vn.troly.channels.output.Reply;
import vn.troly.channels.output.TextSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Telegram as an output channel: every message the bot sends goes through here. Plain text becomes Telegram HTML
 * (escaped, the sources heading in bold), and each choice an inline button whose callback data carries its typed
 * action and the member it was shown to, so a button in a group continues that member's conversation.
 */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramOutput implements OutputChannel {

    /** Command of a commune button ("/xa" without a name): its argument is the commune id. */
    static final String CHOOSE_COMMUNE = "xa";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramOutput.class);
    /**
     * Telegram takes 4,096 characters; the margin leaves room for the sources heading's tags, and a piece that
     * escaping lengthens past it is split again as HTML. Up to 100 buttons fit; 60-character labels stay on one line
     * on a phone.
     */
    static final ChannelFormat FORMAT = new ChannelFormat(TelegramFormat.MAX_MESSAGE, 20, 60, 3);

    private final TelegramSender sender;
    private final Pattern sourcesHeading;

    TelegramOutput(TelegramSender sender, AnswerRenderer renderer) {
        this.sender = sender;
        this.sourcesHeading = Pattern.compile("(?m)^" + Pattern.quote(TelegramFormat.escape(renderer.label("sources"))) + "$");
    }

    @Override
    public String name() {
        return TelegramCommands.CHANNEL;
    }

    @Override
    public ChannelFormat format() {
        return FORMAT;
    }

    /** To a chat id (a hand-over's citizen, a reminder's subscriber); buttons, if any, belong to nobody in particular. */
    @Override
    public boolean deliver(String recipient, Reply reply) {
        return deliver(Long.parseLong(recipient), 0, reply);
    }

    /** Plain text, split under the limit, without buttons. */
    boolean text(long chatId, String text) {
        return deliver(chatId, 0, Reply.text(TextSplitter.split(text, FORMAT.maxText())));
    }

    /**
     * The reply's text, its buttons under the last piece, then its image or file.
     *
     * @param ownerId the member whose conversation the buttons continue
     */
    boolean deliver(long chatId, long ownerId, Reply reply) {
        List<String> parts = new ArrayList<>();
        for (String text : reply.texts()) {
            parts.addAll(TelegramFormat.split(html(text)));
        }
        if (!sender.sendHtml(chatId, parts, keyboard(reply.choices(), ownerId))) {
            return false;
        }
        Attachment file = reply.attachment();
        if (file == null) {
            return true;
        }
        String caption = file.caption() == null ? null : TelegramFormat.escape(file.caption());
        return file.image() ? sender.sendPhoto(chatId, file.bytes(), file.fileName(), caption)
                : sender.sendDocument(chatId, file.bytes(), file.fileName(), caption);
    }

    /** Plain text as Telegram HTML: everything escaped (a "<" in a plan would make Telegram refuse it), the heading bold. */
    String html(String text) {
        return sourcesHeading.matcher(TelegramFormat.escape(text)).replaceAll(m -> "<b>" + m.group() + "</b>");
    }

    /** One button per row, in the order given; null when there are none. */
    private static InlineKeyboardMarkup keyboard(List<Choice> choices, long ownerId) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String data = callbackData(choices.get(i).action(), i + 1, ownerId);
            if (data == null) {
                LOG.warn("no Telegram button for {}", choices.get(i).action());
                continue;
            }
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(choices.get(i).label()).callbackData(data).build()));
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** The callback data of a typed action; null for an action no button of this bot stands for. */
    private static String callbackData(Action action, int number, long ownerId) {
        if (action instanceof Action.Pick pick) {
            return CallbackData.pick(pick.candidateId(), number, ownerId);
        }
        if (action instanceof Action.Confirm confirm) {
            return CallbackData.confirm(confirm.yes(), ownerId);
        }
        if (action instanceof Action.Command command && HandoverRequests.COMMAND.equals(command.name())) {
            return CallbackData.handOver(ownerId);
        }
        if (action instanceof Action.Command command && CHOOSE_COMMUNE.equals(command.name()) && command.args().containsKey("id")) {
            return CallbackData.commune(command.args().get("id"));
        }
        return null;
    }
}
