package vn.troly.assistant.answer;

import java.util.Map;
import java.util.Objects;

/**
 * What a message does, as the channel knows it: text to understand, or a button pressed on an earlier answer. Buttons
 * carry their meaning typed, so a pick or a confirmation is never read again from words ("1", "có").
 */
public sealed interface Action permits Action.Text, Action.Pick, Action.Confirm, Action.Command {

    Text TEXT = new Text();

    /** Typed words: the question's text is understood as written (a typed "2" after a list still picks). */
    record Text() implements Action {
    }

    /** One of the candidates the conversation's last answer offered, by its id: a commune or a plan row. */
    record Pick(String candidateId) implements Action {
        public Pick {
            Objects.requireNonNull(candidateId, "candidateId");
        }
    }

    /** The reply to "shall I store this value?": store it or drop it. */
    record Confirm(boolean yes) implements Action {
    }

    /**
     * A channel's command ("/tomtat", "/capnhat …"): {@code name} is the intent it asks for ("summary", "update",
     * "report"); the question's text is read for the rest (which row, which value, which month).
     */
    record Command(String name, Map<String, String> args) implements Action {
        public Command {
            Objects.requireNonNull(name, "name");
            args = args == null ? Map.of() : Map.copyOf(args);
        }
    }
}
