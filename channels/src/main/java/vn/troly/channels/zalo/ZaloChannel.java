package vn.troly.channels.zalo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.config.DaemonThreads;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.channels.limits.RateLimiter;
import vn.troly.channels.output.AnswerRenderer;
import vn.troly.channels.output.Attachment;
import vn.troly.channels.output.Reply;
import vn.troly.channels.values.SummaryChart;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.SummaryBuilder;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Zalo OA channel's life: the webhook hands over each stored event, a worker answers it (one person always on the
 * same worker, so their turns keep their order), and events acknowledged but never answered (a crash, a restart) are
 * answered when the service starts. Exists only when the channel is configured.
 */
@Context
@Requires(bean = ZaloSettings.class)
public class ZaloChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloChannel.class);
    /** Zalo repeats a delivery for about two hours; a week of ids is kept, and unanswered events of a day recovered. */
    private static final Duration KEEP = Duration.ofDays(7);
    private static final Duration RECOVER = Duration.ofDays(1);
    private static final String SUMMARY = "summary";

    private final ZaloInbox inbox;
    private final ZaloInput input;
    private final ZaloOutput output;
    private final Answerer assistant;
    private final AnswerRenderer renderer;
    private final ZaloCommunes communes;
    private final HandoverDesk handovers;
    private final Clock clock;
    private final SummaryBuilder summaries;
    private final SummaryChart chart;
    private final RateLimiter perUser;
    /** People told they are limited, so a flood gets one notice, not one per message. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Prompts texts = new Prompts("zalo.yml");
    private final Prompts limits = new Prompts("limits.yml");
    private final ExecutorService[] workers;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("zalo-housekeeping"));

    ZaloChannel(ZaloSettings settings, ZaloInbox inbox, ZaloInput input, ZaloOutput output, Answerer assistant,
                AnswerRenderer renderer, ZaloCommunes communes, HandoverDesk handovers, Clock clock,
                SummaryBuilder summaries, SummaryChart chart,
                @Value("${assistant.rate-limit.per-user-per-minute:30}") int perUserPerMinute) {
        this.inbox = inbox;
        this.input = input;
        this.output = output;
        this.assistant = assistant;
        this.renderer = renderer;
        this.communes = communes;
        this.handovers = handovers;
        this.clock = clock;
        this.summaries = summaries;
        this.chart = chart;
        this.perUser = new RateLimiter(perUserPerMinute, clock);
        this.workers = new ExecutorService[settings.workers()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Executors.newSingleThreadExecutor(DaemonThreads.named("zalo-chat-" + i));
        }
        housekeeping.execute(this::recover);
        housekeeping.scheduleWithFixedDelay(this::prune, 1, 1, TimeUnit.HOURS);
    }

    /**
     * Takes a verified event: stored, then queued for its worker. False for an event this channel does not answer
     * and for a delivery already taken (Zalo repeats one it thinks was not received).
     */
    public boolean receive(ZaloEvent event) {
        if (!event.handled()) {
            return false;
        }
        if (!inbox.add(event, clock.instant())) {
            LOG.debug("Zalo delivery {} repeated; answered once", event.key());
            return false;
        }
        queue(event);
        return true;
    }

    private void queue(ZaloEvent event) {
        try {
            workers[Math.floorMod(event.userId().hashCode(), workers.length)].execute(() -> handle(event));
        } catch (RejectedExecutionException e) {
            LOG.info("Zalo event {} left for the next start: the service is stopping", event.key());
        }
    }

    private void handle(ZaloEvent event) {
        try {
            if (ZaloEvent.FOLLOW.equals(event.name())) {
                output.deliver(event.userId(), text(texts.render("greeting")));
            } else {
                input.question(event).ifPresent(question -> answer(event.userId(), question));
            }
        } catch (RuntimeException e) {
            LOG.error("cannot answer Zalo event {}", event.key(), e);
            output.deliver(event.userId(), text(texts.render("error")));
        } finally {
            inbox.done(event, clock.instant());
        }
    }

    private void answer(String user, Question question) {
        if (!withinLimit(user)) {
            return;
        }
        if (handovers.asks(question)) {
            output.deliver(user, text(handovers.start(question, ZaloOutput.CHANNEL, user).message()));
            return;
        }
        Answer answer = assistant.answer(question);
        if (answer.commune() != null) {
            communes.set(user, answer.commune().id());
        }
        handovers.answered(question, answer);
        output.deliver(user, withChart(question, answer, renderer.render(answer, output.format(), handovers.offer(question, answer))));
    }

    /** A commune's summary, for someone who may read its values, comes with its chart, as Telegram's /tomtat does. */
    private Reply withChart(Question question, Answer answer, Reply reply) {
        CommuneRef commune = answer.commune();
        if (!SUMMARY.equals(answer.intent()) || answer.status() != Status.ANSWERED || commune == null
                || !question.caller().mayRead(commune.id())) {
            return reply;
        }
        byte[] png = chart.png(summaries.summary(commune.id(), AsOf.today(clock)), commune.name());
        return reply.with(Attachment.png("tom-tat-" + commune.id().replace('/', '-') + ".png", png,
                texts.render("summary_caption", "commune", commune.name()).strip()));
    }

    /** The web chat's per-user limit; past it the person is told once how long to wait, then ignored. */
    private boolean withinLimit(String user) {
        String key = "zalo:" + user;
        if (perUser.tryAcquire(key)) {
            warned.remove(user);
            return true;
        }
        if (warned.add(user)) {
            output.deliver(user, text(limits.render("rate_limited", "seconds", perUser.retryAfterSeconds(key))));
        }
        return false;
    }

    private Reply text(String text) {
        return Reply.text(List.of(text.strip()));
    }

    /** Events acknowledged before a stop and never answered. */
    private void recover() {
        try {
            List<ZaloEvent> pending = inbox.pending(clock.instant().minus(RECOVER));
            if (!pending.isEmpty()) {
                LOG.info("answering {} Zalo messages received before the last stop", pending.size());
            }
            pending.forEach(this::queue);
        } catch (RuntimeException e) {
            LOG.error("cannot recover unanswered Zalo messages", e);
        }
    }

    private void prune() {
        try {
            inbox.prune(clock.instant().minus(KEEP));
        } catch (RuntimeException e) {
            LOG.warn("cannot prune old Zalo events", e);
        }
    }

    @PreDestroy
    void stop() {
        housekeeping.shutdownNow();
        for (ExecutorService worker : workers) {
            worker.shutdownNow();
        }
    }
}
