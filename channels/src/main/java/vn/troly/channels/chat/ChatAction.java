package vn.troly.channels.chat;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import vn.troly.assistant.answer.Action;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;

import java.util.Map;

/**
 * The {@code action} of a chat request, as JSON spells it: {@code {"type": "pick", "id": "vinh-tru"}},
 * {@code {"type": "confirm", "yes": true}}, {@code {"type": "command", "name": "summary"}} or {@code {"type": "text"}}.
 *
 * @param type "text", "pick", "confirm" or "command"
 * @param id   the candidate picked (pick)
 * @param yes  store the value or drop it (confirm)
 * @param name the command (command)
 * @param args the command's arguments (command, optional)
 */
@Introspected
public record ChatAction(String type, String id, Boolean yes, String name, Map<String, String> args) {

    /** A typed action as JSON spells it, for a button the page sends back as it came. */
    static ChatAction of(Action action) {
        if (action instanceof Action.Pick pick) {
            return new ChatAction("pick", pick.candidateId(), null, null, null);
        }
        if (action instanceof Action.Confirm confirm) {
            return new ChatAction("confirm", null, confirm.yes(), null, null);
        }
        if (action instanceof Action.Command command) {
            return new ChatAction("command", null, null, command.name(), command.args().isEmpty() ? null : command.args());
        }
        return new ChatAction("text", null, null, null, null);
    }

    /** The engine's action; a malformed one is a 400 with the reason in Vietnamese. */
    Action toAction() {
        String kind = type == null ? "" : type;
        return switch (kind) {
            case "text" -> Action.TEXT;
            case "pick" -> {
                if (id == null || id.isBlank()) {
                    throw invalid("action_pick_id");
                }
                yield new Action.Pick(Field.ACTION_ID.check(id));
            }
            case "confirm" -> {
                if (yes == null) {
                    throw invalid("action_confirm_yes");
                }
                yield new Action.Confirm(yes);
            }
            case "command" -> {
                if (name == null || name.isBlank()) {
                    throw invalid("action_command_name");
                }
                yield new Action.Command(Field.ACTION_NAME.check(name), Field.ACTION_ARG.checkValues(args));
            }
            default -> throw invalid("action_type");
        };
    }

    private static ApiException invalid(String key) {
        return ApiException.of(HttpStatus.BAD_REQUEST, "invalid_action", key);
    }
}
