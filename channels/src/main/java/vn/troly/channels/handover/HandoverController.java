package vn.troly.channels.handover;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.channels.web.ApiException;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What the web page polls after handing a question over: the official's reply once there is one. The id is a random
 * UUID given only to the page that made the hand-over, and only web hand-overs are shown (a Zalo or Telegram citizen
 * gets the reply in their chat).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/handover")
public class HandoverController {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The hand-over as the page shows it.
     *
     * @param message the reply as the citizen reads it ("Cán bộ xã trả lời: …"), or null while none came
     */
    public record View(String id, String status, String reply, Instant repliedAt, String message) {
    }

    private final HandoverStore store;
    private final HandoverTexts texts;

    HandoverController(HandoverStore store, HandoverTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Get("/{id}")
    public View get(@PathVariable String id) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "invalid_handover", "handover_bad_id", "id",
                    HandoverTexts.cut(id, 60));
        }
        Handover h = store.byId(id).filter(found -> HandoverDelivery.WEB.equals(found.channel()))
                .orElseThrow(() -> ApiException.of(HttpStatus.NOT_FOUND, "unknown_handover", "handover_unknown"));
        return new View(h.id(), h.status(), h.reply(), h.repliedAt(),
                h.reply() == null ? null : texts.get("official_reply", "reply", h.reply()));
    }
}
