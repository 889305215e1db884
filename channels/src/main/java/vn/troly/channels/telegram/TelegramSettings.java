package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The bot's configuration (application.yml maps TELEGRAM_BOT_TOKEN, TELEGRAM_MODE, TELEGRAM_WEBHOOK_URL,
 * TELEGRAM_WEBHOOK_SECRET and TELEGRAM_API_URL). The pattern makes an empty token mean "no bot": the YAML default of
 * an unset variable is the empty string, and a bot with an empty token would only fail against Telegram.
 */
@Singleton
@Requires(property = TelegramSettings.TOKEN, pattern = ".+")
public class TelegramSettings {

    static final String TOKEN = "assistant.telegram.token";

    private final String token;
    private final boolean webhook;
    private final String webhookUrl;
    private final String webhookSecret;
    private final URI apiUrl;
    private final Duration retryBase;
    private final int chatWorkers;

    public TelegramSettings(@Value("${" + TOKEN + "}") String token,
                            @Value("${assistant.telegram.mode:polling}") String mode,
                            @Value("${assistant.telegram.webhook-url:}") String webhookUrl,
                            @Value("${assistant.telegram.webhook-secret:}") String webhookSecret,
                            @Value("${assistant.telegram.api-url:https://api.telegram.org}") String apiUrl,
                            @Value("${assistant.telegram.retry-base:500ms}") Duration retryBase,
                            @Value("${assistant.telegram.chat-workers:4}") int chatWorkers) {
        this.token = token.strip();
        this.webhook = "webhook".equals(mode.strip().toLowerCase(Locale.ROOT));
        this.webhookUrl = webhookUrl.strip();
        this.webhookSecret = webhookSecret.strip();
        this.apiUrl = URI.create(apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip());
        this.retryBase = retryBase;
        this.chatWorkers = Math.max(1, chatWorkers);
    }

    public String token() {
        return token;
    }

    /** Webhook mode (several replicas behind one URL) instead of long polling. */
    public boolean webhook() {
        return webhook;
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    public URI apiUrl() {
        return apiUrl;
    }

    /** The first pause between retries; doubled at each further try. */
    public Duration retryBase() {
        return retryBase;
    }

    /** Threads handling updates; one chat always goes to the same thread, so its turns stay in order. */
    public int chatWorkers() {
        return chatWorkers;
    }

    /** TelegramBots takes scheme, host and port only: requests go to {scheme}://{host}:{port}/bot{token}/{method}. */
    public TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : ("https".equals(apiUrl.getScheme()) ? 443 : 80);
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }
}
