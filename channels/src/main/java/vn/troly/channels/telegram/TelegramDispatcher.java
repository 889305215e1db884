package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import io.micronaut.context.annotation.Value;
import vn.troly.channels.handover.HandoverReplies;
import vn.troly.channels.identity.Identities;
import vn.troly.channels.limits.RateLimiter;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what an update is: a command, a question, a button press, or a group message not meant for the bot. In a
 * private chat everything is for the bot; in a group only commands (/hoi …, /xa@thisbot …) and messages that mention
 * the bot or reply to it, so the bot does not answer every conversation among the members.
 */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramDispatcher.class);
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z_]+)(?:@([A-Za-z0-9_]+))?(?:\\s+|$)(.*)$", Pattern.DOTALL);

    private final TelegramCommands commands;
    private final TelegramInput input;
    private final TelegramReports reports;
    private final TelegramSender sender;
    private final TelegramTexts texts;
    private final Identities identities;
    private final HandoverReplies replies;
    private final CommunePicker picker;
    /** The bot's @username (getMe), needed to tell mentions and "/cmd@thisbot" in groups; fetched again if missing. */
    private final AtomicReference<String> username = new AtomicReference<>();
    /** Messages per minute per chat (a group shares one bucket): one flooding chat cannot starve the others. */
    private final RateLimiter perChat;
    /** And per Telegram user, like signed-in users of the web chat: one member cannot use up a group's allowance. */
    private final RateLimiter perUser;
    /** Chats told they are limited, so a flood gets one notice, not one per message. */
    private final Set<Long> warned = ConcurrentHashMap.newKeySet();

    public TelegramDispatcher(TelegramCommands commands, TelegramInput input, TelegramReports reports, TelegramSender sender, TelegramTexts texts, Identities identities,
                              HandoverReplies replies, CommunePicker picker,
                              @Value("${assistant.rate-limit.per-chat-per-minute:60}") int perChatPerMinute,
                              @Value("${assistant.rate-limit.per-user-per-minute:30}") int perUserPerMinute, Clock clock) {
        this.commands = commands;
        this.input = input;
        this.reports = reports;
        this.sender = sender;
        this.texts = texts;
        this.identities = identities;
        this.replies = replies;
        this.picker = picker;
        this.perChat = new RateLimiter(perChatPerMinute, clock);
        this.perUser = new RateLimiter(perUserPerMinute, clock);
    }

    /** The bot's username, asking Telegram once it is reachable. */
    Optional<String> username() {
        if (username.get() == null) {
            sender.getMe().map(User::getUserName).ifPresent(username::set);
        }
        return Optional.ofNullable(username.get());
    }

    /** Handles one update; a failure becomes a short apology in the chat rather than silence. */
    void handle(Update update) {
        if (update.hasCallbackQuery()) {
            callback(update.getCallbackQuery());
        } else if (update.hasMessage() && update.getMessage().hasText() && update.getMessage().getFrom() != null) {
            Message message = update.getMessage();
            try {
                message(message);
            } catch (RuntimeException e) {
                LOG.error("cannot answer Telegram update {}", update.getUpdateId(), e);
                commands.sendText(message.getChatId(), texts.get("error"));
            }
        }
    }

    private void message(Message message) {
        boolean group = isGroup(message.getChat());
        String text = message.getText().strip();
        Matcher command = COMMAND.matcher(text);
        String name = null;
        String args = text;
        if (command.matches()) {
            if (command.group(2) != null && !command.group(2).equalsIgnoreCase(username().orElse(""))) {
                return; // "/start@otherbot": another bot's command
            }
            name = command.group(1).toLowerCase(Locale.ROOT);
            args = command.group(3).strip();
        } else if (group && message.getReplyToMessage() != null && handedOver(message, text)) {
            return;
        } else if (group) {
            Optional<String> addressed = addressed(message, text);
            if (addressed.isEmpty()) {
                return;
            }
            args = addressed.get();
        }
        if (!withinLimit(message.getChatId(), message.getFrom().getId())) {
            return;
        }
        ChatTurn turn = new ChatTurn(message.getChatId(), message.getFrom().getId(), group,
                identities.forTelegramUser(message.getFrom().getId()));
        if (name == null) {
            input.question(TelegramInput.Incoming.words(turn, args)).ifPresentOrElse(q -> commands.ask(turn, q), () -> commands.help(turn));
            return;
        }
        TelegramInput.Incoming incoming = TelegramInput.Incoming.command(turn, name, args);
        switch (name) {
            case "start" -> commands.start(turn);
            case "help", "trogiup" -> commands.help(turn);
            case "xa" -> commands.commune(turn, args);
            case "dangky" -> commands.subscribe(turn, args);
            case "tomtat" -> reports.summary(turn, incoming);
            case "baocao" -> reports.report(turn, args);
            case "capnhat" -> commands.update(turn, incoming);
            case "hoi" -> input.question(incoming).ifPresentOrElse(q -> commands.ask(turn, q),
                    () -> commands.sendText(turn.chatId(), texts.get("ask_usage")));
            default -> {
                // in a group an unknown bare command is probably for another bot
                if (!group || command.group(2) != null) {
                    commands.help(turn);
                }
            }
        }
    }

    /** An official's reply to a hand-over's message: sent on to the citizen, and the group told so. */
    private boolean handedOver(Message message, String text) {
        Optional<String> done = replies.reply(message.getChatId(), message.getReplyToMessage().getMessageId(), text,
                identities.forTelegramUser(message.getFrom().getId()));
        done.ifPresent(ack -> commands.sendText(message.getChatId(), ack));
        return done.isPresent();
    }

    /** Counts a message meant for the bot; past a limit the chat is told once how long to wait, then ignored. */
    private boolean withinLimit(long chatId, long userId) {
        String chat = "chat:" + chatId;
        String user = "user:" + userId;
        boolean userOk = perUser.tryAcquire(user);
        if (userOk && perChat.tryAcquire(chat)) {
            warned.remove(chatId);
            return true;
        }
        if (warned.add(chatId)) {
            long wait = userOk ? perChat.retryAfterSeconds(chat) : perUser.retryAfterSeconds(user);
            commands.sendText(chatId, texts.limit("rate_limited", "seconds", wait));
        }
        return false;
    }

    /** The text without the bot's @mention when the group message is for the bot (mention or reply to it). */
    private Optional<String> addressed(Message message, String text) {
        Optional<String> me = username();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Pattern mention = Pattern.compile("(?i)(^|\\s)@" + Pattern.quote(me.get()) + "\\b[,:]?");
        Matcher m = mention.matcher(text);
        if (m.find()) {
            return Optional.of(m.replaceAll(" ").strip());
        }
        Message replied = message.getReplyToMessage();
        if (replied != null && replied.getFrom() != null && me.get().equalsIgnoreCase(replied.getFrom().getUserName())) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private void callback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        Optional<CallbackData> data = CallbackData.parse(query.getData());
        if (message == null || data.isEmpty()) {
            sender.answerCallback(query.getId(), texts.get("button_expired"));
            return;
        }
        long chatId = message.getChatId();
        boolean group = isGroup(message.getChat());
        long presser = query.getFrom().getId();
        ChatTurn turn = new ChatTurn(chatId, presser, group, identities.forTelegramUser(presser));
        try {
            switch (data.get().kind()) {
                case COMMUNE -> commands.selectCommune(chatId, data.get().value()).ifPresentOrElse(commune -> {
                    String done = texts.get("commune_set", "commune", commune.name());
                    sender.answerCallback(query.getId(), texts.get("commune_selected", "commune", commune.name()));
                    sender.editHtml(chatId, message.getMessageId(), TelegramFormat.escape(done), null);
                }, () -> sender.answerCallback(query.getId(), texts.get("button_expired")));
                case PROVINCES -> {
                    sender.answerCallback(query.getId(), null);
                    commands.turnPage(chatId, message.getMessageId(),
                            picker.provinces(texts.get("province_choose"), Integer.parseInt(data.get().value())));
                }
                case PROVINCE -> {
                    sender.answerCallback(query.getId(), null);
                    String[] province = data.get().value().split(":");
                    commands.turnPage(chatId, message.getMessageId(), picker.province(province[0], Integer.parseInt(province[1])));
                }
                case PICK, PICK_NUMBER, HANDOVER -> {
                    sender.answerCallback(query.getId(), null);
                    input.question(TelegramInput.Incoming.pressed(turn, data.get())).ifPresent(q -> commands.ask(turn, q));
                }
                case CONFIRM -> {
                    if (data.get().ownerId() != presser) {
                        sender.answerCallback(query.getId(), texts.get("confirm_only_reporter"));
                        return;
                    }
                    sender.answerCallback(query.getId(), null);
                    input.question(TelegramInput.Incoming.pressed(turn, data.get()))
                            .ifPresent(q -> commands.confirm(turn, q, message.getMessageId()));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("cannot handle Telegram button {}", query.getData(), e);
            commands.sendText(chatId, texts.get("error"));
        }
    }

    private static boolean isGroup(Chat chat) {
        return chat != null && ("group".equals(chat.getType()) || "supergroup".equals(chat.getType()));
    }
}
