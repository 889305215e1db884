package vn.troly.channels.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The commune list, held until the test lets it go: a request that takes as long as the test wants. */
@Singleton
@Replaces(CommuneSummaries.class)
@Requires(property = "test.held-communes")
class HeldCommuneSummaries extends CommuneSummaries {

    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    HeldCommuneSummaries(PlanLibrary library, HandoverDesk handovers) {
        super(library, handovers);
    }

    @Override
    public List<CommuneSummary> all() {
        entered.countDown();
        try {
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return super.all();
    }
}
