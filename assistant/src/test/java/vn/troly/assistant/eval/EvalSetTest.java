package vn.troly.assistant.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.assistant.TestAssistant;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The development set (shared/eval/dev.jsonl, copied) must pass in full, and so must its variants: the same facts asked
 * without diacritics and in other everyday phrasings (dev-variants.jsonl), which keep the engine from fitting the
 * dev wording. own.jsonl was written independently from the plans (other wordings, citizen help, reporting dates in
 * the plan body, not-in-plan neighbours) and must pass in full too.
 */
class EvalSetTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-variants.jsonl", "own.jsonl"})
    void everyQuestionPasses(String file) throws Exception {
        String jsonl = read(file);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        double accuracy = run(jsonl, report);
        assertEquals(1.0, accuracy, 1e-9, report.toString(StandardCharsets.UTF_8));
    }

    /**
     * own2.jsonl: a second set written from the plans, with reported values (setup), officials and leaders (progress,
     * status, summaries, chat updates) and citizens asking for values. Known miss (1 of 160), kept in the set:
     * own2-084 "camera giám sát an ninh trật tự" (found the Smart IR monitoring task instead of "not in plan").
     */
    @Test
    void secondOwnSetPassesAtLeastItsFloor() throws Exception {
        String jsonl = read("own2.jsonl");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        double accuracy = run(jsonl, report);
        assertTrue(accuracy >= 159.0 / 160 - 1e-9, report.toString(StandardCharsets.UTF_8));
    }

    /**
     * own3.jsonl: a third set written from the plans in the way people really type in chat: very short officials'
     * questions, leaders' questions, citizens with greetings and complaints, communes and dates in other forms,
     * abbreviations, typos. No known misses.
     */
    @Test
    void thirdOwnSetPassesAtLeastItsFloor() throws Exception {
        String jsonl = read("own3.jsonl");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        double accuracy = run(jsonl, report);
        assertTrue(accuracy >= OWN3_FLOOR - 1e-9, report.toString(StandardCharsets.UTF_8));
    }

    private static final double OWN3_FLOOR = 87.0 / 87;

    /**
     * Sets that measure generalisation, kept at their floors so no change loses ground: dev-b.jsonl (shared/eval: the
     * same facts asked with other frames and everyday words), own4.jsonl to own12.jsonl (each written independently from
     * the plans by someone who never saw the code or the other sets). One of them is kept out of tuning each round:
     * own4 until 2026-12-02, own5 on 2026-12-02, own6 on 2026-12-03's first round, own7 (written that day) in the
     * second, own5 from the third, own7 in the fourth; own8 (written in the third), own9 (the fourth), own10 and own11
     * (the fifth), own12 (the sixth) were each measured once before any change they prompted (189/200, 184/200,
     * 189/200, 188/200, 184/200). Misses
     * are listed by the eval command; the
     * floors rise as mechanisms (not phrasings)
     * are added, and sit a little below the scores on the real date, since the test's clock is a fixed day.
     */
    @ParameterizedTest
    @CsvSource({"dev-b.jsonl, 487, 519", "own4.jsonl, 155, 160", "own5.jsonl, 155, 160", "own6.jsonl, 156, 160",
            "own7.jsonl, 156, 160", "own8.jsonl, 195, 200", "own9.jsonl, 197, 200",
            "own10.jsonl, 194, 200", "own11.jsonl, 191, 200", "own12.jsonl, 185, 200"})
    void generalisationSetsKeepTheirFloors(String file, int floor, int size) throws Exception {
        String jsonl = read(file);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        double accuracy = run(jsonl, report);
        assertTrue(accuracy >= (double) floor / size - 1e-9, report.toString(StandardCharsets.UTF_8));
        System.out.printf("%s: %.1f%% (floor %d/%d)%n", file, 100 * accuracy, floor, size);
    }

    /**
     * citizen.jsonl: citizens' questions in everyday words (elderly people, young parents, no diacritics, typos,
     * abbreviations), 29 of them about procedures the guide has no card for, and follow-ups within a card. Every
     * question is answered from the right card or honestly declined; none may be answered with another procedure's
     * card. Known misses (5 of 121): a cue read as the plan's ("hỏi ai", "ai là người trong tổ…" ask who), a canned
     * out-of-scope route ("mua bảo hiểm y tế cho cả nhà"), and questions mostly in words no card has ("giấy chứng
     * sinh bệnh viện có tự gửi lên…", "đk khai sinh onl cho bé").
     */
    @Test
    void citizenSetKeepsItsFloorAndNeverAnswersWithAnotherCard() throws Exception {
        String jsonl = read("citizen.jsonl");
        EvalRunner runner = new EvalRunner(ASSISTANT.engine, ASSISTANT.grader, ASSISTANT.setup);
        List<EvalRunner.Result> results = runner.run(runner.parse(jsonl));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        double accuracy = runner.report(results, new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(accuracy >= 116.0 / 121 - 1e-9, report.toString(StandardCharsets.UTF_8));
        assertEquals(0, results.stream().filter(EvalRunner.Result::confidentlyWrong).count(), report.toString(StandardCharsets.UTF_8));
    }

    private static String read(String file) throws Exception {
        try (InputStream in = EvalSetTest.class.getResourceAsStream("/eval/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double run(String jsonl, ByteArrayOutputStream report) throws Exception {
        EvalRunner runner = new EvalRunner(ASSISTANT.engine, ASSISTANT.grader, ASSISTANT.setup);
        List<EvalRunner.Result> results = runner.run(runner.parse(jsonl));
        return runner.report(results, new PrintStream(report, true, StandardCharsets.UTF_8));
    }
}
