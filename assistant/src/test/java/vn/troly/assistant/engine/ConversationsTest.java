package vn.troly.assistant.engine;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.understand.Intent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationsTest {

    /** A store that remembers what was written to it. */
    private final Map<String, Conversations.State> written = new HashMap<>();
    private final Conversations conversations = new Conversations(new Conversations.Store() {
        @Override
        public Conversations.State get(String id) {
            return written.get(id);
        }

        @Override
        public void put(String id, Conversations.State state) {
            written.put(id, state);
        }
    });

    @Test
    void aNewConversationCarriesItsFirstContextInItsId() {
        Conversations.State state = new Conversations.State("vinh-tru", Intent.LEAD, "phủ sóng 5g", "vinh-tru.pl1.i.2-1", null,
                List.of("a", "b"));
        String id = conversations.start(state);
        String other = conversations.start(state);
        assertTrue(written.isEmpty(), "starting a conversation writes nothing");
        assertFalse(id.equals(other), "two askers never share a conversation");
        assertEquals(state, conversations.get(id), "any replica reads the context from the id");

        Conversations.State next = new Conversations.State("vinh-tru", Intent.DEADLINE, "phủ sóng 5g", "vinh-tru.pl1.i.2-1");
        conversations.put(id, next);
        assertEquals(next, conversations.get(id), "once the conversation goes on, the stored context wins");
    }

    @Test
    void aTamperedIdIsANewConversationAndPendingValuesAreNeverCarried() {
        assertEquals(Conversations.State.EMPTY, conversations.get("s1.!!!not-base64.x"));
        assertEquals(Conversations.State.EMPTY, conversations.get("s1.YWJj.x"), "wrong number of fields");
        Conversations.State big = new Conversations.State("vinh-tru", Intent.PORTFOLIO, null, null, null,
                Collections.nCopies(40, "vinh-tru.pl1.i.10-12"));
        String id = conversations.start(big);
        assertFalse(id.startsWith("s1."), "too big for an id: stored instead");
        assertEquals(big, written.get(id));
    }

    @Test
    void aQuestionWaitingForItsCommuneTravelsInTheIdAndOldIdsStillRead() {
        Conversations.State waiting = new Conversations.State(null, Intent.LEAD, "5g", null, null,
                List.of("binh-giang", "vinh-tru"), "commune", "Ai chủ trì chỉ tiêu 5G?");
        String id = conversations.start(waiting);
        assertTrue(id.startsWith("s3."), id);
        assertEquals(waiting, conversations.get(id));
        Conversations.State withYears = new Conversations.State("binh-giang", Intent.TARGET, "5g", null, null, List.of(), null,
                null, null, List.of(2028, 2030));
        assertEquals(List.of(2028, 2030), conversations.get(conversations.start(withYears)).years());

        // an id issued before the years asked were kept: seven fields, no years
        String seven = String.join("\u001f", "vinh-tru", "LEAD", "phủ sóng 5g", "", "", "", "");
        Conversations.State v2 = conversations.get("s2." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(seven.getBytes(StandardCharsets.UTF_8)) + ".abcd1234");
        assertEquals("vinh-tru", v2.communeId());
        assertEquals(List.of(), v2.years());

        // an id issued before candidates had a kind: five fields, its choices were rows
        String raw = String.join("\u001f", "vinh-tru", "LEAD", "phủ sóng 5g", "", "a\u001eb");
        String old = "s1." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8)) + ".abcd1234";
        Conversations.State read = conversations.get(old);
        assertEquals(List.of("a", "b"), read.candidateIds());
        assertEquals("row", read.candidateKind());
        assertEquals("vinh-tru", read.communeId());
    }
}
