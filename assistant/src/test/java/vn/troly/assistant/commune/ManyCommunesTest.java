package vn.troly.assistant.commune;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With more communes than a reply may list: a commune is still found by name, and no reply lists them all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyCommunesTest {

    private static final String[] FIRST = {"An", "Tân", "Hòa", "Minh", "Long", "Phước"};
    private static final String[] SECOND = {"Thạnh", "Lộc", "Hưng", "Khánh", "Xuân"};
    private static final String[] PROVINCES = {"Đồng Nai", "Lâm Đồng", "Nghệ An", "Gia Lai"};

    private ManyCommunes many;

    @BeforeAll
    void load(@TempDir Path folder) {
        List<String[]> communes = new ArrayList<>();
        for (int i = 0; i < FIRST.length * SECOND.length; i++) {
            communes.add(new String[]{FIRST[i % FIRST.length] + " " + SECOND[i / FIRST.length], PROVINCES[i % PROVINCES.length]});
        }
        many = new ManyCommunes(folder, communes);
        assertEquals(35, many.library.communes().size());
    }

    private Answer ask(String text, String commune) {
        return many.engine.answer(Question.of(text, commune));
    }

    @Test
    void aCommuneIsFoundByItsNameAmongMany() {
        Answer sample = ask("Ở xã Vĩnh Trụ ai chủ trì chỉ tiêu phủ sóng 5G?", null);
        assertEquals("ninh-binh/vinh-tru", sample.commune().id(), sample.answer());
        assertEquals("lead", sample.intent(), sample.answer());

        Answer copy = ask("xã Phước Hưng ai chủ trì chỉ tiêu phủ sóng 5G", null);
        assertEquals("lam-dong/phuoc-hung", copy.commune().id(), copy.answer());
        assertTrue(copy.answer().contains("Phòng Văn hóa - Xã hội"), copy.answer());
        assertEquals("Lâm Đồng", many.library.commune("phuoc-hung").orElseThrow().province());

        Answer unaccented = ask("chi tieu 5G cua tan loc ai chu tri", null);
        assertEquals("gia-lai/tan-loc", unaccented.commune().id(), unaccented.answer());
    }

    @Test
    void withoutACommuneTheNameIsAskedForNotAListOfAll() {
        Answer answer = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?", null);
        assertEquals("clarification_needed", answer.status().code(), answer.answer());
        assertTrue(answer.candidates().size() <= 10, answer.candidates().toString());
        assertTrue(answer.answer().contains("Bạn hỏi về xã nào?") && answer.answer().contains("35 xã"), answer.answer());
        assertFalse(answer.answer().contains("Phước Hưng"), "the reply must not list the communes: " + answer.answer());

        Answer named = many.engine.answer(new Question("xã Minh Xuân", null, answer.conversationId(),
                Caller.citizen(), "test", Action.TEXT));
        assertEquals("gia-lai/minh-xuan", named.commune().id(), named.answer());
        assertTrue(named.answer().contains("Phòng Văn hóa - Xã hội"), "naming the commune answers the waiting question: " + named.answer());
    }

    @Test
    void anUnknownCommuneSentWithTheQuestionOffersTheClosestNames() {
        Answer answer = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?", "Phước Hưng Tây");
        assertEquals("clarification_needed", answer.status().code(), answer.answer());
        assertTrue(answer.answer().startsWith("Chưa có kế hoạch của xã “Phước Hưng Tây”. Các xã có tên gần giống: Xã Phước Hưng (Lâm Đồng)"),
                answer.answer());
        assertTrue(answer.answer().split(",").length <= 5, answer.answer());

        Answer none = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?", "Quỳnh Lưu");
        assertTrue(none.answer().contains("không có xã nào tên gần giống"), none.answer());
    }
}
