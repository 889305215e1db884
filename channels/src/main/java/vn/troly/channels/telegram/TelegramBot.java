package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.troly.channels.values.Notifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.troly.channels.config.DaemonThreads;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Telegram channel's life: receives updates by long polling (the default) or through the webhook controller
 * (TELEGRAM_MODE=webhook, so several replicas can serve one bot), hands each to the worker of its chat, and pushes
 * reminders. Started only when a token is configured; a Telegram outage never stops the service: registration is
 * retried in the background.
 */
@Context
@Requires(bean = TelegramSettings.class)
public class TelegramBot implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final long REGISTER_RETRY_SECONDS = 30;
    /** Telegram may deliver an update twice (a webhook call that timed out); recent ids are skipped. */
    private static final int SEEN_UPDATES = 1000;

    private final TelegramSettings settings;
    private final TelegramSender sender;
    private final TelegramOutput output;
    private final TelegramDispatcher dispatcher;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("telegram-poll"));
    /** One single-thread worker per slot: a chat always lands on the same one, so its turns keep their order. */
    private final ExecutorService[] workers;
    /** Long polls last 50 s: the read timeout must be longer (OkHttp's default 10 s would fail every idle poll). */
    private final OkHttpClient pollingHttp = new OkHttpClient.Builder().readTimeout(75, TimeUnit.SECONDS)
            .connectTimeout(10, TimeUnit.SECONDS).build();
    private final TelegramBotsLongPollingApplication polling;
    private final Map<Integer, Boolean> seen = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > SEEN_UPDATES;
        }
    };

    public TelegramBot(TelegramSettings settings, TelegramSender sender, TelegramDispatcher dispatcher,
                       TelegramOutput output, MeterRegistry metrics) {
        FunctionCounter.builder("telegram.errors", sender, TelegramSender::errors)
                .description("Failed Bot API attempts (429, 5xx, network), retried or not").register(metrics);
        FunctionCounter.builder("telegram.failures", sender, TelegramSender::failures)
                .description("Bot API calls given up after the retries").register(metrics);
        this.settings = settings;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.output = output;
        this.workers = new ExecutorService[settings.chatWorkers()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Executors.newSingleThreadExecutor(DaemonThreads.named("telegram-chat-" + i));
        }
        // our own daemon scheduler and OkHttp: TelegramBots' close() leaves its own non-daemon thread running
        this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollingHttp, () -> scheduler);
        scheduler.execute(settings.webhook() ? this::registerWebhook : this::startPolling);
    }

    /** Failed Bot API attempts so far (429, 5xx, network), for metrics. */
    public long errors() {
        return sender.errors();
    }

    /** Queues an update on its chat's worker; false for a repeated update id. */
    public boolean accept(Update update) {
        synchronized (seen) {
            if (seen.put(update.getUpdateId(), Boolean.TRUE) != null) {
                return false;
            }
        }
        try {
            workers[Math.floorMod(Long.hashCode(chatOf(update)), workers.length)].execute(() -> {
                try {
                    dispatcher.handle(update);
                } catch (RuntimeException e) {
                    LOG.error("cannot handle Telegram update {}", update.getUpdateId(), e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false; // shutting down
        }
    }

    private static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return 0;
    }

    private void startPolling() {
        dispatcher.username();
        try {
            // a webhook left from webhook mode would make getUpdates fail; registerBot deletes it too but does not retry
            if (!sender.deleteWebhook()) {
                retryLater(this::startPolling);
                return;
            }
            polling.registerBot(settings.token(), settings::telegramUrl, new DefaultGetUpdatesGenerator(),
                    (List<Update> updates) -> updates.forEach(this::accept));
            LOG.info("Telegram bot polling {}", settings.apiUrl());
        } catch (TelegramApiException e) {
            LOG.error("Telegram bot not polling ({}); retrying in {} s, the other channels keep working", e.getMessage(), REGISTER_RETRY_SECONDS);
            try {
                polling.unregisterBot(settings.token());
            } catch (TelegramApiException ignored) {
                // never registered
            }
            retryLater(this::startPolling);
        }
    }

    private void registerWebhook() {
        dispatcher.username();
        if (settings.webhookUrl().isBlank() || settings.webhookSecret().isBlank()) {
            // without a secret anyone could post forged updates: the controller refuses everything then
            LOG.error("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET; the bot receives nothing");
            return;
        }
        if (sender.setWebhook(settings.webhookUrl(), settings.webhookSecret())) {
            LOG.info("Telegram webhook set to {}", settings.webhookUrl());
        } else {
            retryLater(this::registerWebhook);
        }
    }

    private void retryLater(Runnable task) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(task, REGISTER_RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public String channel() {
        return TelegramCommands.CHANNEL;
    }

    /** A reminder: plain text, escaped and split like any answer. */
    @Override
    public void send(String chatId, String text) {
        output.text(Long.parseLong(chatId), text);
    }


    @PreDestroy
    void stop() {
        try {
            polling.close();
        } catch (Exception e) {
            LOG.debug("closing Telegram polling", e);
        }
        scheduler.shutdownNow();
        for (ExecutorService worker : workers) {
            worker.shutdownNow();
        }
        pollingHttp.dispatcher().executorService().shutdownNow();
        pollingHttp.connectionPool().evictAll();
    }
}
