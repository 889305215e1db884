package vn.troly.channels.telegram;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.Status;
import vn.troly.channels.output.AnswerRenderer;
import vn.troly.channels.output.Reply;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML escaping, compact sources (rendered by the shared AnswerRenderer) and splitting under Telegram's limit; the bot stays off without a token. */
class TelegramFormatTest {

    @Test
    void escapesEverythingAndListsAtMostThreeSources() {
        Citation c = new Citation("p", "Kế hoạch số 12/KH-UBND", "Vĩnh Trụ", "Phụ lục I", "2.1", "…");
        Citation d = new Citation("p", "Kế hoạch <b>", "Vĩnh Trụ", null, null, "…");
        Answer answer = new Answer("Tỷ lệ > 70% & <i>ổn</i>\nNguồn: Kế hoạch số 12/KH-UBND, Phụ lục I, STT 2.1.", Status.ANSWERED,
                "lead", null, "c", List.of(c, c, d, new Citation("q", "A", null, "B", "3", ""), new Citation("r", "X", null, null, null, "")),
                List.of(), List.of(), List.of());
        AnswerRenderer renderer = new AnswerRenderer();
        Reply reply = renderer.render(answer, TelegramOutput.FORMAT);
        assertEquals(1, reply.texts().size());
        String html = new TelegramOutput(null, renderer).html(reply.texts().get(0));
        assertTrue(html.startsWith("Tỷ lệ &gt; 70% &amp; &lt;i&gt;ổn&lt;/i&gt;\n\n<b>Nguồn:</b>"), html);
        assertTrue(html.contains("\n• Kế hoạch số 12/KH-UBND › Phụ lục I › STT 2.1\n• Kế hoạch &lt;b&gt;\n• A › B › STT 3"), html);
        assertFalse(html.contains("• X"), "at most three: " + html);
        assertEquals(1, html.split("Nguồn:", -1).length - 1, "the engine's own source line is replaced: " + html);
    }

    @Test
    void splitsLongAnswersOutsideTagsAndEntities() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            text.append("a&b ");
        }
        String html = "<b>" + TelegramFormat.escape(text.toString()) + "</b>";
        List<String> parts = TelegramFormat.split(html, 500);
        assertTrue(parts.size() > 5);
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            assertTrue(part.length() <= 500, part.length() + "");
            assertTrue(part.startsWith("<b>") && part.endsWith("</b>"), "each part is balanced: " + part);
            assertFalse(part.matches("(?s).*&(a|am|amp)?$"), "no cut entity: " + part);
            joined.append(part.replace("<b>", "").replace("</b>", "")).append(' ');
        }
        assertEquals(text.toString().strip().replaceAll("\\s+", " "),
                joined.toString().replace("&amp;", "&").strip().replaceAll("\\s+", " "));

        // a word longer than the limit is cut, but not inside an entity
        String word = TelegramFormat.escape("x".repeat(7) + "&".repeat(400));
        for (String part : TelegramFormat.split(word, 103)) {
            assertTrue(part.length() <= 103 && part.replace("&amp;", "").replace("x", "").isEmpty(), part);
        }
        assertEquals(List.of("ngắn"), TelegramFormat.split("ngắn"));
    }

    @Test
    void noBotWithAnEmptyToken(@TempDir Path data) {
        try (ApplicationContext context = ApplicationContext.run(Map.of("assistant.telegram.token", "",
                "assistant.data-dir", data.toString()))) {
            assertFalse(context.containsBean(TelegramBot.class));
            assertFalse(context.containsBean(WebhookController.class));
        }
    }
}
