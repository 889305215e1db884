package vn.troly.channels.handover;

import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Caller;
import vn.troly.channels.audit.AuditEvent;
import vn.troly.channels.audit.AuditLog;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The officials' side: a reply to a hand-over's message in the group is stored, audited and sent to the citizen on
 * their channel, marked as an official's. The group is the trust boundary: whoever the commune let into its
 * officials' group may answer.
 */
@Singleton
public class HandoverReplies {

    public static final String AUDIT_KIND = "handover_reply";

    private final HandoverStore store;
    private final HandoverDelivery delivery;
    private final HandoverTexts texts;
    private final AuditLog audit;
    private final Clock clock;

    HandoverReplies(HandoverStore store, HandoverDelivery delivery, HandoverTexts texts, AuditLog audit, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Handles a group message replying to another; empty when the replied message is no hand-over (the chat's usual
     * handling goes on), else what to tell the group.
     */
    public Optional<String> reply(long chatId, long repliedMessageId, String text, Caller official) {
        Optional<Handover> found = store.byGroupMessage(chatId, repliedMessageId);
        if (found.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        Handover h = found.get();
        String reply = text.strip();
        store.answered(h.id(), reply, clock.instant());
        audit.record(List.of(new AuditEvent(0, null, official.userId(), official.role().name().toLowerCase(Locale.ROOT),
                h.channel(), h.communeId(), AUDIT_KIND, "#" + h.id() + ": " + reply)));
        boolean sent = delivery.deliver(h, texts.get("official_reply", "reply", reply));
        return Optional.of(sent ? texts.get("reply_sent") : texts.get("reply_failed", "channel", h.channel()));
    }
}
