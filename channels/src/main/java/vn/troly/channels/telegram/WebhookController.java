package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import io.micronaut.http.HttpStatus;

/**
 * Telegram posts updates here in webhook mode (TELEGRAM_WEBHOOK_URL points at this path). Every request must carry the
 * secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token, compared in constant time so it cannot be guessed
 * byte by byte; the update is queued and answered at once, since Telegram redelivers what it waits too long for.
 */
@Controller("/telegram")
@Requires(bean = TelegramBot.class)
public class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final TelegramBot bot;
    private final TelegramSettings settings;
    /** TelegramBots' types are plain Jackson; unknown fields from newer Bot API versions are ignored. */
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public WebhookController(TelegramBot bot, TelegramSettings settings) {
        this.bot = bot;
        this.settings = settings;
    }

    @Post(value = "/webhook", consumes = MediaType.APPLICATION_JSON, produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> receive(@Header(SECRET_HEADER) @Nullable String secret, @Body @Nullable String body) {
        if (!settings.webhook()) {
            return HttpResponse.notFound();
        }
        if (secret == null || secret.isEmpty()) {
            return HttpResponse.unauthorized();
        }
        if (settings.webhookSecret().isEmpty() || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                settings.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("Telegram webhook call with a wrong secret refused");
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Update update;
        try {
            update = json.readValue(body == null ? "" : body, Update.class);
        } catch (IOException e) {
            return HttpResponse.badRequest("bad update");
        }
        bot.accept(update);
        return HttpResponse.ok("ok");
    }
}
