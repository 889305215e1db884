package vn.troly.channels.handover;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.prompt.Prompts;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example and counter-example of prompts/handover.yml, and the button's typed command. */
class HandoverRequestsTest {

    private final HandoverRequests requests = new HandoverRequests();
    private final Map<String, Object> data = Prompts.yaml("handover.yml");

    @TestFactory
    Stream<DynamicTest> everyExampleAsksForAnOfficial() {
        return list("examples").stream().map(text -> DynamicTest.dynamicTest(text, () -> assertTrue(requests.asks(text), text)));
    }

    @TestFactory
    Stream<DynamicTest> noCounterExampleDoes() {
        return list("not_examples").stream().map(text -> DynamicTest.dynamicTest(text, () -> assertFalse(requests.asks(text), text)));
    }

    @Test
    void theButtonsCommandAsksAndOtherCommandsDoNot() {
        assertTrue(requests.asks(new Question("#lenh canbo", "vinh-tru", "c", Caller.citizen(), "zalo",
                new Action.Command(HandoverRequests.COMMAND, Map.of()))));
        assertFalse(requests.asks(new Question("gặp cán bộ", "vinh-tru", "c", Caller.citizen(), "zalo",
                new Action.Command("summary", Map.of()))));
        assertFalse(requests.asks(new Question("vinh-tru", null, "c", Caller.citizen(), "zalo", new Action.Pick("vinh-tru"))));
    }

    @SuppressWarnings("unchecked")
    private List<String> list(String key) {
        return (List<String>) data.get(key);
    }
}
