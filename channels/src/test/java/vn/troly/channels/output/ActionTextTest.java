package vn.troly.channels.output;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.answer.Action;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionTextTest {

    @Test
    void everyButtonActionComesBackTyped() {
        for (Action action : new Action[]{new Action.Pick("vinh-tru.pl1.i.2-1"), new Action.Pick("phu-trung"),
                new Action.Confirm(true), new Action.Confirm(false), new Action.Command("canbo", Map.of())}) {
            assertEquals(Optional.of(action), ActionText.decode(ActionText.encode(action)));
        }
    }

    @Test
    void typedWordsStayWords() {
        for (String text : new String[]{"chọn xã Vĩnh Trụ", "#chon", "#chon hai từ", "#xacnhan có", "#khac x", "1", ""}) {
            assertTrue(ActionText.decode(text).isEmpty(), text);
        }
    }
}
