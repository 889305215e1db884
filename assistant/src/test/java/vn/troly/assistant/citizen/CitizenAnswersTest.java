package vn.troly.assistant.citizen;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.prompt.Prompts;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citizens' questions through the whole engine: a card as a short answer with sources, an honest "none", follow-ups. */
class CitizenAnswersTest {

    private static final TestAssistant ASSISTANT = new TestAssistant();

    private static Answer ask(String text, String commune) {
        return ASSISTANT.engine.answer(Question.of(text, commune));
    }

    private static Answer next(Answer previous, String text) {
        return ASSISTANT.engine.answer(new Question(text, null, previous.conversationId(), Caller.citizen(), "test"));
    }

    @Test
    void aCardAnswerHasNumberedStepsItsSourcesAndLinksToThem() {
        Answer a = ask("làm giấy khai sinh cho con qua mạng được không", "vinh-tru");
        assertEquals("answered", a.status().code());
        assertEquals("citizen/khai-sinh-lien-thong", a.citations().get(0).documentId());
        assertTrue(a.answer().contains("\n1. ") && a.answer().contains("\n2. "), a.answer());
        String last = a.answer().lines().reduce((x, y) -> y).orElseThrow();
        assertTrue(last.startsWith("Nguồn"), last);
        assertTrue(a.citations().stream().skip(1).allMatch(c -> c.section().startsWith("http")), a.citations().toString());
        // a phone screen and a Zalo message (2,000 characters) hold it
        assertTrue(a.answer().length() < 2000, "length " + a.answer().length());
    }

    @Test
    void everyCardFitsOneZaloMessage() {
        CardText text = new CardText(new Prompts());
        for (ProcedureCard card : CitizenCards.load()) {
            int length = String.join("\n", text.lines(card)).length();
            assertTrue(length < 2000, card.id() + ": " + length);
        }
    }

    @Test
    void aProcedureWithoutACardIsDeclinedWithWhereToAskNeverAnotherCard() {
        for (String commune : new String[]{null, "phu-trung"}) {
            Answer a = ask("xin phiếu lý lịch tư pháp trên mạng được không", commune);
            assertEquals("not_in_plan", a.status().code(), a.answer());
            assertTrue(a.citations().stream().noneMatch(c -> c.documentId().startsWith("citizen/")), a.citations().toString());
            assertTrue(a.answer().contains("chưa có hướng dẫn cho thủ tục lý lịch tư pháp"), a.answer());
            assertTrue(a.answer().contains("bộ phận một cửa") && a.answer().contains("Hướng dẫn hiện có"), a.answer());
        }
    }

    @Test
    void aFollowUpAnswersTheAskedFieldOfTheSameCard() {
        Answer first = ask("đăng ký thường trú qua VNeID thế nào", null);
        assertEquals("citizen/dang-ky-cu-tru-truc-tuyen", first.citations().get(0).documentId());
        Answer time = next(first, "mất bao lâu?");
        assertEquals("citizen/dang-ky-cu-tru-truc-tuyen", time.citations().get(0).documentId(), time.answer());
        assertTrue(time.answer().startsWith("Thời hạn của"), time.answer());
        Answer papers = next(time, "cần mang giấy tờ gì");
        assertTrue(papers.answer().contains("chỗ ở hợp pháp"), papers.answer());
        assertFalse(papers.answer().contains("Các bước"), papers.answer());
        Answer other = next(papers, "thế khai tử thì cần giấy tờ gì");
        assertEquals("citizen/khai-tu-lien-thong", other.citations().get(0).documentId(), other.answer());
        assertTrue(other.answer().contains("Giấy báo tử"), other.answer());
    }

    @Test
    void aFieldQuestionWithoutACardBeforeIsNotAFollowUp() {
        Answer a = ask("mất bao lâu?", null);
        assertTrue(a.citations().stream().noneMatch(c -> c.documentId().startsWith("citizen/")), a.answer());
    }

    @Test
    void aCommunesOwnContactsShowOnlyTheGivenParts() {
        CommuneContacts contacts = new CommuneContacts(Map.of("vinh-tru", Map.of("phone", "0123 456 789")));
        CardText text = new CardText(new Prompts());
        List<String> lines = text.contact(contacts.of("vinh-tru").orElseThrow(), "Vĩnh Trụ");
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("0123 456 789"), lines.toString());
        assertTrue(contacts.of("phu-trung").isEmpty());
        CommuneContacts empty = new CommuneContacts(Map.of("vinh-tru", Map.of("place", "Bộ phận một cửa")));
        assertTrue(text.contact(empty.of("vinh-tru").orElseThrow(), "Vĩnh Trụ").isEmpty());
    }

    @Test
    void anErrandAskingWhoHelpsOrHowFarAlongIsAnsweredFromTheGuideWhenThePlanLacksIt() {
        // read as who leads, or as progress, the plan has no row for them: the guide's card answers
        assertEquals("citizen/tra-cuu-ho-so",
                ask("hồ sơ em nộp trên mạng tuần trước giờ đến đâu rồi, xem thế nào", "vinh-tru").citations().get(0).documentId());
        assertEquals("citizen/ho-tro-nguoi-dan",
                ask("ông tôi không biết dùng điện thoại, muốn nộp hồ sơ thì ai giúp", "duong-huu").citations().get(0).documentId());
        // one that names the plan's rows stays with the plan
        assertTrue(ask("chỉ tiêu tra cứu hồ sơ trực tuyến ai chủ trì", "vinh-tru").citations().stream()
                .noneMatch(c -> c.documentId().startsWith("citizen/")));
    }

    @Test
    void aQuestionOnLandOrCookingIsOutOfScopeWhatItsWordsFoldTo() {
        // "đất" folds like "đạt" (reach a target), "Chỉ em" like "chị em" (women), "hàng xóm" holds "xóm" (thôn)
        assertEquals("out_of_scope", ask("Nhà em với nhà hàng xóm tranh chấp ranh giới đất, giờ kiện ở đâu?", "binh-giang").status().code());
        assertEquals("out_of_scope", ask("Chỉ em cách nấu phở bò cho ngon với ạ", "phu-trung").status().code());
    }
}
