package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.web.ApiException;

import java.io.IOException;
import java.util.Map;

/**
 * Zalo posts the OA's events here (the webhook URL set in the Zalo app). Each must carry a valid X-ZEvent-Signature;
 * the event is stored and queued, and the request answered at once: Zalo waits at most 2 seconds and delivers again
 * what it did not see acknowledged. Runs on the blocking pool, since storing the event touches the database.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/zalo")
@Requires(bean = ZaloChannel.class)
public class ZaloWebhookController {

    static final String SIGNATURE_HEADER = "X-ZEvent-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(ZaloWebhookController.class);

    private final ZaloChannel channel;
    private final ZaloSettings settings;
    private final ObjectMapper json = new ObjectMapper();

    public ZaloWebhookController(ZaloChannel channel, ZaloSettings settings) {
        this.channel = channel;
        this.settings = settings;
    }

    @Post(value = "/webhook", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@Header(SIGNATURE_HEADER) @Nullable String signature, @Body @Nullable byte[] body) {
        if (signature == null || signature.isBlank()) {
            throw ApiException.of(HttpStatus.UNAUTHORIZED, "zalo_signature_missing", "zalo_signature_missing");
        }
        byte[] raw = body == null ? new byte[0] : body;
        JsonNode event;
        try {
            event = json.readTree(raw);
        } catch (IOException e) {
            throw badEvent();
        }
        if (event == null || !event.hasNonNull("timestamp")) {
            throw badEvent();
        }
        if (!ZaloSignature.matches(signature, settings.appId(), raw, event.path("timestamp").asText(), settings.oaSecretKey())) {
            LOG.warn("Zalo webhook call with a wrong signature refused");
            throw ApiException.of(HttpStatus.FORBIDDEN, "zalo_signature_wrong", "zalo_signature_wrong");
        }
        boolean queued = ZaloEvent.of(event).map(channel::receive).orElse(false);
        return Map.of("ok", true, "queued", queued);
    }

    private static ApiException badEvent() {
        return ApiException.of(HttpStatus.BAD_REQUEST, "zalo_bad_event", "zalo_bad_event");
    }
}
