package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Question;
import vn.troly.channels.output.Attachment;
import vn.troly.channels.output.Reply;
import vn.troly.channels.values.MonthlyReport;
import vn.troly.channels.values.SummaryChart;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.SafeText;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.SummaryBuilder;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The commands that send staff a commune's figures as files: the summary with its chart, and the monthly report. */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramReports {

    private static final Pattern SHORT_MONTH = Pattern.compile("(?:thang\\s*)?(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?|(\\d{4})-(\\d)");

    private final TelegramCommands commands;
    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final SummaryBuilder summaries;
    private final SummaryChart chart;
    private final MonthlyReport report;
    private final Clock clock;
    private final boolean valuesPublic;
    private final ChatCommunes communes;
    private final TelegramInput input;
    private final TelegramOutput output;
    private final TelegramTexts texts;

    public TelegramReports(TelegramCommands commands, PlanLibrary library, VietnameseNormalizer normalizer,
                           SummaryBuilder summaries, SummaryChart chart, MonthlyReport report, Clock clock,
                           @Value("${assistant.values-public:false}") boolean valuesPublic,
                           ChatCommunes communes, TelegramInput input, TelegramOutput output, TelegramTexts texts) {
        this.commands = commands;
        this.library = library;
        this.normalizer = normalizer;
        this.summaries = summaries;
        this.chart = chart;
        this.report = report;
        this.clock = clock;
        this.valuesPublic = valuesPublic;
        this.communes = communes;
        this.input = input;
        this.output = output;
        this.texts = texts;
    }

    /** The summary text with its chart, for those who may see values. */
    void summary(ChatTurn turn, TelegramInput.Incoming command) {
        Optional<Commune> commune = readableCommune(turn);
        Optional<Question> question = input.question(command);
        if (commune.isEmpty() || question.isEmpty()) {
            return;
        }
        byte[] png = chart.png(summaries.summary(commune.get().id(), AsOf.today(clock)), commune.get().name());
        commands.ask(turn, question.get(), Attachment.png("tom-tat-" + commune.get().id().replace('/', '-') + ".png", png,
                texts.get("summary_caption", "commune", commune.get().name())));
    }

    /** The monthly report as a Word file: "/baocao", "/baocao 11", "/baocao 11/2026". */
    void report(ChatTurn turn, String args) {
        YearMonth month = month(args);
        if (month == null) {
            commands.sendText(turn.chatId(), texts.get("report_bad_month"));
            return;
        }
        Optional<Commune> commune = readableCommune(turn);
        if (commune.isEmpty()) {
            return;
        }
        byte[] docx = report.docx(commune.get(), month);
        output.deliver(turn.chatId(), turn.userId(), new Reply(List.of(), List.of(), Attachment.docx(
                "bao-cao-" + commune.get().id() + "-" + month + ".docx", docx, texts.get("report_caption",
                        "month", month.getMonthValue(), "year", month.getYear(), "commune", commune.get().name()))));
    }

    /** The chat's commune when the user may read values; otherwise a refusal or a commune choice was sent. */
    private Optional<Commune> readableCommune(ChatTurn turn) {
        if (!valuesPublic && !turn.caller().role().seesValues()) {
            commands.sendText(turn.chatId(), texts.get("values_refused"));
            return Optional.empty();
        }
        Optional<Commune> commune = communes.get(turn.chatId()).flatMap(library::commune);
        if (commune.isEmpty()) {
            commands.chooseCommune(turn.chatId(), texts.get("commune_needed"));
        } else if (!valuesPublic && !turn.caller().mayRead(commune.get().id())) {
            // the same rule as the API's reads: staff read their own commune's values, admins every commune's
            commands.sendText(turn.chatId(), texts.get("values_other_commune", "commune", commune.get().name()));
            return Optional.empty();
        }
        return commune;
    }

    /**
     * This month when blank; null when unreadable. "11", "11/2026" and "2026-1" are chat's shorthands for yyyy-MM, which
     * is then read by the same rule as the API's month parameter.
     */
    YearMonth month(String args) {
        YearMonth now = YearMonth.now(clock);
        String text = normalizer.fold(args).strip();
        if (text.isEmpty()) {
            return now;
        }
        Matcher m = SHORT_MONTH.matcher(text);
        if (m.matches()) {
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            String year = m.group(1) == null ? m.group(3) : m.group(2) == null ? String.valueOf(now.getYear()) : m.group(2);
            text = year + "-" + (month.length() == 1 ? "0" : "") + month;
        }
        return SafeText.month(text).orElse(null);
    }
}
