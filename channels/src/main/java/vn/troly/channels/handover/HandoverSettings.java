package vn.troly.channels.handover;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where hand-overs go and how long a citizen waits (assistant.handover.*).
 *
 * @param groups     commune id → the Telegram chat id of its officials' group (negative for groups); a commune absent
 *                   here has no hand-over: its citizens get the commune's contact details instead
 * @param timeout    a hand-over nobody answered in this time gets an honest message to the citizen, once
 * @param sweepEvery how often overdue hand-overs are looked for
 */
@ConfigurationProperties("assistant.handover")
public record HandoverSettings(@Nullable Map<String, Long> groups,
                               @Bindable(defaultValue = "4h") Duration timeout,
                               @Bindable(defaultValue = "1m") Duration sweepEvery) {

    public HandoverSettings {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    public OptionalLong group(String communeId) {
        Long chat = communeId == null ? null : groups.get(communeId);
        return chat == null ? OptionalLong.empty() : OptionalLong.of(chat);
    }

    /** The commune whose officials' group this chat is, if any. */
    public Optional<String> communeOf(long chatId) {
        return groups.entrySet().stream().filter(e -> e.getValue() == chatId).map(Map.Entry::getKey).findFirst();
    }
}
