package vn.troly.knowledge.values;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Polls one source: validates every reading, stores them together, or stores nothing and logs why. A failed poll is
 * simply tried again at the next interval.
 */
public final class ConnectorPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorPoller.class);

    private final HttpValueSource source;
    private final ValueValidator validator;
    private final ValueStore store;

    public ConnectorPoller(HttpValueSource source, ValueValidator validator, ValueStore store) {
        this.source = source;
        this.validator = validator;
        this.store = store;
    }

    /** One poll; returns what was stored (empty when the source failed or sent something invalid). */
    public List<IndicatorValue> poll() {
        try {
            List<IndicatorValue> valid = new ArrayList<>();
            for (ValueReport report : source.fetch()) {
                valid.add(validator.validate(report));
            }
            List<IndicatorValue> stored = store.appendAll(valid);
            LOG.info("connector {}: stored {} values", source.name(), stored.size());
            return stored;
        } catch (ValueRejectedException e) {
            LOG.warn("connector {}: reading rejected, nothing stored: {}", source.name(), e.getMessage());
        } catch (Exception e) {
            LOG.warn("connector {}: poll failed, nothing stored, will retry: {}", source.name(), e.toString());
        }
        return List.of();
    }
}
