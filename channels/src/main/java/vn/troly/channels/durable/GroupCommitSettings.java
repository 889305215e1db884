package vn.troly.channels.durable;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How writes share commits.
 *
 * @param maxBatch most units of work in one commit: bounds a transaction's size after a stall, when thousands wait
 * @param timeout  how long a caller waits for its commit before the request fails (the database is away or stuck)
 */
@ConfigurationProperties("assistant.group-commit")
public record GroupCommitSettings(@Bindable(defaultValue = "500") int maxBatch,
                                  @Bindable(defaultValue = "10s") Duration timeout) {
}
