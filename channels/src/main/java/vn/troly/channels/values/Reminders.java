package vn.troly.channels.values;

import vn.troly.assistant.answer.Caller;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.Progress;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.ProgressStatus;
import vn.troly.knowledge.values.Subscriptions;
import vn.troly.knowledge.values.ValueStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly reminders: each subscribed agency chat gets its indicators without a value this month or at risk;
 * each leader chat gets the commune summary.
 */
@Singleton
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final Subscriptions subscriptions;
    private final PlanLibrary library;
    private final AgencyDirectory agencies;
    private final ValueStore store;
    private final ProgressCalculator calculator;
    private final Answerer assistant;
    private final List<Notifier> notifiers;
    private final ZoneId zone;
    private final Map<String, Object> texts = Prompts.yaml("reminders.yml");

    public Reminders(Subscriptions subscriptions, PlanLibrary library, AgencyDirectory agencies, ValueStore store,
                     ProgressCalculator calculator, Answerer assistant, List<Notifier> notifiers, Clock clock) {
        this.subscriptions = subscriptions;
        this.library = library;
        this.agencies = agencies;
        this.store = store;
        this.calculator = calculator;
        this.assistant = assistant;
        this.notifiers = notifiers;
        this.zone = clock.getZone();
    }

    /** A message for one chat. */
    public record Outgoing(String channel, String chatId, String text) {
    }

    /** Composes and sends every reminder due on that day; returns what was sent. */
    public List<Outgoing> send(LocalDate today) {
        List<Outgoing> outgoing = compose(today);
        for (Outgoing message : outgoing) {
            notifiers.stream().filter(n -> n.channel().equals(message.channel())).findFirst().ifPresentOrElse(
                    n -> n.send(message.chatId(), message.text()),
                    () -> LOG.warn("no {} channel to send a reminder to chat {}", message.channel(), message.chatId()));
        }
        return outgoing;
    }

    public List<Outgoing> compose(LocalDate today) {
        List<Outgoing> messages = new ArrayList<>();
        for (Subscriptions.Subscription s : subscriptions.all()) {
            String commune = library.commune(s.communeId()).map(c -> c.name()).orElse(s.communeId());
            String text = s.leader()
                    ? assistant.answer(new Question("tóm tắt tình hình thực hiện", s.communeId(), null, Caller.of(Role.LEADER), "reminder")).answer()
                    : agencyReminder(s, commune, today);
            messages.add(new Outgoing(s.channel(), s.chatId(), text));
        }
        return messages;
    }

    private String agencyReminder(Subscriptions.Subscription s, String commune, LocalDate today) {
        String agency = agencies.byId(s.agencyId()).map(a -> a.name()).orElse(s.agencyId());
        YearMonth month = YearMonth.from(today);
        List<String> lines = new ArrayList<>();
        String example = null;
        for (Indicator i : library.indicators(s.communeId())) {
            if (i.lead().stream().noneMatch(a -> s.agencyId().equals(a.id()))) {
                continue;
            }
            AsOf asOf = new AsOf(today, zone);
            List<IndicatorValue> history = asOf.known(store.history(i.id()));
            Progress p = calculator.progress(i, history, asOf);
            if (history.isEmpty() || !YearMonth.from(history.get(0).asOf()).equals(month)) {
                lines.add(t("agency_missing").replace("{name}", i.name()));
                example = example == null ? shortName(i.name()) : example;
            } else if (p.status() == ProgressStatus.AT_RISK || p.status() == ProgressStatus.OVERDUE) {
                lines.add(t("agency_at_risk").replace("{status}", t("status_" + p.status().code())).replace("{name}", i.name()));
            }
        }
        if (lines.isEmpty()) {
            return fill(t("agency_nothing"), agency, commune, month);
        }
        StringBuilder out = new StringBuilder(fill(t("agency_header"), agency, commune, month));
        lines.forEach(l -> out.append('\n').append(l));
        if (example != null) {
            out.append('\n').append(t("agency_footer").replace("{example}", example));
        }
        return out.toString();
    }

    private static String shortName(String name) {
        String n = name.replaceFirst("^(Tỷ lệ|Tỉ lệ|Số lượng)\\s+", "");
        int cut = n.indexOf(' ', Math.min(n.length(), 24));
        return cut > 0 ? n.substring(0, cut) : n;
    }

    private static String fill(String template, String agency, String commune, YearMonth month) {
        return template.replace("{agency}", agency).replace("{commune}", commune)
                .replace("{month}", String.valueOf(month.getMonthValue())).replace("{year}", String.valueOf(month.getYear()));
    }

    String t(String key) {
        return String.valueOf(texts.get(key)).strip();
    }
}
