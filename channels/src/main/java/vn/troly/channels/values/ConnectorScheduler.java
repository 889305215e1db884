package vn.troly.channels.values;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.values.ConnectorPoller;
import vn.troly.knowledge.values.HttpValueSource;
import vn.troly.knowledge.values.ValueStore;
import vn.troly.knowledge.values.ValueValidator;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import vn.troly.channels.config.DaemonThreads;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Polls every configured connector at its interval, on one daemon thread. */
@Context
public class ConnectorScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorScheduler.class);

    private final List<ConnectorPoller> pollers = new ArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("value-connectors"));

    public ConnectorScheduler(List<ConnectorConfig> configs, ValueValidator validator, ValueStore store) {
        for (ConnectorConfig config : configs) {
            if (config.getUrl() == null || config.paths().isEmpty()) {
                LOG.warn("connector {} has no url or mapping; ignored", config.getName());
                continue;
            }
            ConnectorPoller poller = new ConnectorPoller(new HttpValueSource(config.getLabel(), URI.create(config.getUrl()),
                    config.paths(), config.getAsOfPath(), Duration.ofSeconds(10)), validator, store);
            pollers.add(poller);
            long every = Math.max(1, config.getInterval().toSeconds());
            executor.scheduleWithFixedDelay(poller::poll, 0, every, TimeUnit.SECONDS);
            LOG.info("connector {} polls {} every {}", config.getName(), config.getUrl(), config.getInterval());
        }
    }

    public int size() {
        return pollers.size();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
