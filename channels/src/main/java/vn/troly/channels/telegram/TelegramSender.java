package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every call to the Bot API, with retries: the TelegramBots client never retries by itself, and a 429 flood limit or
 * a 5xx during a restart of Telegram's front-ends would otherwise lose the answer. A 429 waits what Telegram asks
 * (retry_after); 5xx and network failures wait exponentially; other 4xx (bad request, blocked by the user) are final.
 */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramSender {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    static final int MAX_TRIES = 4;
    /** A longer flood wait than this is not worth holding a chat's worker for. */
    private static final long MAX_RETRY_AFTER_SECONDS = 60;

    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    public TelegramSender(TelegramSettings settings) {
        this.settings = settings;
        this.http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS).build();
        this.client = new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
    }

    /** Failed attempts (each 429, 5xx, network failure or refusal), for metrics. */
    public long errors() {
        return errors.get();
    }

    /** Calls given up on after all tries, or refused outright. */
    public long failures() {
        return failures.get();
    }

    /** A call to the Bot API. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws TelegramApiException;
    }

    /** Runs a call with bounded retries; empty when it finally failed (logged and counted). */
    <T> Optional<T> call(String what, Call<T> call) {
        long pause = settings.retryBase().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.ofNullable(call.run());
            } catch (TelegramApiRequestException e) {
                errors.incrementAndGet();
                Integer code = e.getErrorCode();
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                boolean retriable = code == null || code == 429 || code >= 500;
                if (!retriable || attempt >= MAX_TRIES || (retryAfter != null && retryAfter > MAX_RETRY_AFTER_SECONDS)) {
                    return giveUp(what, attempt, e);
                }
                long wait = retryAfter != null ? TimeUnit.SECONDS.toMillis(retryAfter) : pause;
                LOG.info("Telegram {} failed ({} {}), try {} of {} in {} ms", what, code, e.getApiResponse(), attempt + 1, MAX_TRIES, wait);
                if (!sleep(wait)) {
                    return giveUp(what, attempt, e);
                }
            } catch (TelegramApiException e) {
                // network failures and unreadable responses
                errors.incrementAndGet();
                if (attempt >= MAX_TRIES) {
                    return giveUp(what, attempt, e);
                }
                LOG.info("Telegram {} failed ({}), try {} of {} in {} ms", what, e.getMessage(), attempt + 1, MAX_TRIES, pause);
                if (!sleep(pause)) {
                    return giveUp(what, attempt, e);
                }
            }
            pause *= 2;
        }
    }

    private <T> Optional<T> giveUp(String what, int attempts, TelegramApiException e) {
        failures.incrementAndGet();
        LOG.warn("Telegram {} failed after {} tries: {}", what, attempts, e instanceof TelegramApiRequestException r
                ? r.getErrorCode() + " " + r.getApiResponse() : e.getMessage());
        return Optional.empty();
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- the calls the bot makes ---------------------------------------------------------------------------

    Optional<User> getMe() {
        return call("getMe", () -> client.execute(new GetMe()));
    }

    /** Sends HTML parts in order; the keyboard goes under the last one. False when a part could not be sent. */
    boolean sendHtml(long chatId, List<String> parts, InlineKeyboardMarkup keyboard) {
        for (int i = 0; i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .parseMode(ParseMode.HTML).disableWebPagePreview(true);
            if (i == parts.size() - 1 && keyboard != null) {
                message.replyMarkup(keyboard);
            }
            SendMessage built = message.build();
            if (call("sendMessage", () -> client.execute(built)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Sends one HTML message; the id of the message sent, or empty when it could not be sent. */
    OptionalLong sendOne(long chatId, String html) {
        SendMessage message = SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML)
                .disableWebPagePreview(true).build();
        return call("sendMessage", () -> client.execute(message))
                .map(sent -> OptionalLong.of(sent.getMessageId())).orElse(OptionalLong.empty());
    }

    boolean sendPhoto(long chatId, byte[] png, String fileName, String captionHtml) {
        return call("sendPhoto", () -> client.execute(SendPhoto.builder().chatId(chatId)
                // a fresh stream per try: a retried upload must send the bytes again
                .photo(new InputFile(new ByteArrayInputStream(png), fileName))
                .caption(captionHtml).parseMode(ParseMode.HTML).build())).isPresent();
    }

    boolean sendDocument(long chatId, byte[] bytes, String fileName, String captionHtml) {
        return call("sendDocument", () -> client.execute(SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(bytes), fileName))
                .caption(captionHtml).parseMode(ParseMode.HTML).build())).isPresent();
    }

    /** Stops the button's spinner; a short text shows as a toast. */
    void answerCallback(String callbackId, String text) {
        call("answerCallbackQuery", () -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build()));
    }

    /** Replaces a message's text (and drops its keyboard unless one is given). */
    boolean editHtml(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard) {
        return call("editMessageText", () -> client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(html).parseMode(ParseMode.HTML).disableWebPagePreview(true).replyMarkup(keyboard).build())).isPresent();
    }

    boolean setWebhook(String url, String secret) {
        return call("setWebhook", () -> client.execute(SetWebhook.builder().url(url).secretToken(secret)
                .allowedUpdates(List.of("message", "callback_query")).build())).orElse(false);
    }

    boolean deleteWebhook() {
        return call("deleteWebhook", () -> client.execute(DeleteWebhook.builder().build())).orElse(false);
    }

    @PreDestroy
    void close() {
        // OkHttp's threads are not daemons: left running they keep the JVM alive after the context closes
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
