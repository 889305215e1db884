package vn.troly.channels.cli;

import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.eval.EvalRunner;
import vn.troly.assistant.eval.Grader;
import vn.troly.assistant.eval.ValueSetup;
import vn.troly.channels.output.AnswerRenderer;
import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.engine.Conversations;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.ValueStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The command-line face of the assistant: the same knowledge as the service, printed for a terminal or as JSON. */
@Singleton
public class Cli {

    public static final Set<String> COMMANDS = Set.of("indicators", "ingest", "ask", "eval", "help");

    private final PlanLibrary library;
    private final Answerer engine;
    private final Grader grader;
    private final ObjectMapper json;
    private final AgencyDirectory agencies;
    private final VietnameseNormalizer normalizer;
    private final SynonymTable synonyms;
    private final Clock clock;
    private final AnswerRenderer renderer;

    public Cli(PlanLibrary library, Answerer engine, Grader grader, ObjectMapper json, AgencyDirectory agencies,
               VietnameseNormalizer normalizer, SynonymTable synonyms, Clock clock, AnswerRenderer renderer) {
        this.library = library;
        this.engine = engine;
        this.grader = grader;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.agencies = agencies;
        this.normalizer = normalizer;
        this.synonyms = synonyms;
        this.clock = clock;
        this.renderer = renderer;
    }

    /** Runs a command; returns the process exit code. */
    public int run(CommandLine line, PrintStream out, PrintStream err) {
        try {
            return switch (line.command()) {
                case "indicators" -> indicators(line, out, err);
                case "ingest" -> ingest(line, out, err);
                case "ask" -> ask(line, out, err);
                case "eval" -> eval(line, out, err);
                default -> help(out);
            };
        } catch (IOException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        }
    }

    private int indicators(CommandLine line, PrintStream out, PrintStream err) throws IOException {
        String asked = line.option("commune").orElse(null);
        List<Commune> named = library.communesNamed(asked);
        if (asked != null && named.size() > 1) {
            err.println("Có nhiều xã tên " + named.get(0).name() + ", thuộc: " + named.stream().map(Commune::province)
                    .collect(Collectors.joining(", ")) + ". Hãy ghi mã xã kèm tên tỉnh, thành phố: "
                    + named.stream().map(Commune::id).collect(Collectors.joining(", ")));
            return 2;
        }
        if (asked != null && named.isEmpty()) {
            err.println("Không tìm thấy xã \"" + asked + "\". Các xã hiện có: "
                    + library.communes().stream().map(c -> c.id()).collect(Collectors.joining(", ")));
            return 2;
        }
        String commune = asked == null ? null : named.get(0).id();
        List<Indicator> indicators = library.indicators(commune);
        List<Task> tasks = library.tasks(commune);
        if (line.flag("json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("indicators", indicators);
            body.put("tasks", tasks);
            out.println(json.writeValueAsString(body));
            return 0;
        }
        for (Indicator indicator : indicators) {
            out.printf("%s  %s%n    chỉ tiêu: %s%n    chủ trì: %s%n    hạn: %s%n", indicator.id(), indicator.name(),
                    indicator.targets().stream().map(this::target).collect(Collectors.joining("; ")),
                    names(indicator.lead()), indicator.deadline() == null ? "—" : indicator.deadline().raw());
        }
        for (Task task : tasks) {
            out.printf("%s  %s%n    chủ trì: %s%n    hạn: %s%n", task.id(), task.name(), names(task.lead()),
                    task.deadline() == null ? "—" : task.deadline().raw());
        }
        out.printf("%d chỉ tiêu, %d nhiệm vụ%n", indicators.size(), tasks.size());
        return 0;
    }

    private int ingest(CommandLine line, PrintStream out, PrintStream err) throws IOException {
        if (line.positional().isEmpty()) {
            err.println("Cách dùng: ingest TỆP (.txt, .docx hoặc .pdf)");
            return 2;
        }
        int failures = 0;
        for (String file : line.positional()) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                err.println("Không tìm thấy tệp " + file);
                failures++;
                continue;
            }
            try {
                Plan plan = library.ingest(path.getFileName().toString(), Files.readAllBytes(path));
                out.printf("Đã thêm kế hoạch \"%s\" của xã %s: %d chỉ tiêu, %d nhiệm vụ.%n", plan.title(), plan.commune(),
                        plan.indicators().size(), plan.tasks().size());
            } catch (PlanParseException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private int ask(CommandLine line, PrintStream out, PrintStream err) throws IOException {
        if (line.positional().isEmpty()) {
            err.println("Cách dùng: ask \"CÂU HỎI\" [--commune ID] [--json]");
            return 2;
        }
        Answer answer = engine.answer(new Question(String.join(" ", line.positional()), line.option("commune").orElse(null),
                line.option("conversation").orElse(null), Caller.of(Role.CITIZEN), CliOutput.CHANNEL));
        if (line.flag("json")) {
            out.println(json.writeValueAsString(answer));
            return 0;
        }
        CliOutput terminal = new CliOutput(out);
        return terminal.deliver("", renderer.render(answer, terminal.format())) ? 0 : 1;
    }

    private int eval(CommandLine line, PrintStream out, PrintStream err) throws IOException {
        if (line.positional().isEmpty() || !Files.isRegularFile(Path.of(line.positional().get(0)))) {
            err.println("Cách dùng: eval TỆP.jsonl (định dạng của shared/eval/README.md)");
            return 2;
        }
        // values reported by a case's setup (or in its chat) go to a throwaway in-memory database, never the user's
        ValueSetup setup = new ValueSetup(library, agencies, normalizer, clock, () -> new ValueStore(throwawayDatabase()),
                store -> AssistantEngine.create(library, agencies, normalizer, synonyms, clock, null, store, false, new Conversations(), 0));
        EvalRunner runner = new EvalRunner(engine, grader, setup);
        List<EvalRunner.Result> results;
        try {
            results = runner.run(runner.parse(Files.readString(Path.of(line.positional().get(0)))));
        } catch (JsonProcessingException e) {
            err.println("Tệp đánh giá không đúng định dạng JSONL: " + e.getOriginalMessage());
            return 2;
        }
        double accuracy = runner.report(results, out);
        return accuracy == 1.0 ? 0 : 1;
    }

    /** An empty in-memory H2 with the value store's migrations, gone when the process ends. */
    private static DataSource throwawayDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:eval-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return h2;
    }

    private int help(PrintStream out) {
        out.println("""
                Trợ lý số xã — dòng lệnh
                  (không tham số)                         chạy dịch vụ HTTP
                  indicators [--commune ID] [--json]      liệt kê chỉ tiêu và nhiệm vụ đã đọc từ kế hoạch
                  ingest TỆP...                           thêm kế hoạch (.txt UTF-8, .docx hoặc .pdf)
                  ask "CÂU HỎI" [--commune ID] [--json]   hỏi trợ lý (--json: trả về theo hợp đồng /api/chat)
                  eval TỆP.jsonl                          chấm bộ câu hỏi đánh giá, in độ chính xác theo nhóm""");
        return 0;
    }

    private String target(Target target) {
        return (target.period() == null ? "" : target.period() + ": ") + target.raw();
    }

    private static String names(List<AgencyRef> refs) {
        return refs.isEmpty() ? "—" : refs.stream().map(AgencyRef::name).collect(Collectors.joining(", "));
    }
}
