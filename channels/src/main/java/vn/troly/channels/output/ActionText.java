package vn.troly.channels.output;

import vn.troly.assistant.answer.Action;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed actions written as short text, for channels whose buttons can only send text back (a Zalo oa.query.show
 * button posts its payload as the person's message): "#chon ninh-binh/vinh-tru", "#xacnhan co", "#lenh canbo". The words are
 * Vietnamese without diacritics because the person sees them in the chat.
 */
public final class ActionText {

    private static final Pattern CODE = Pattern.compile("^#(chon|xacnhan|lenh)\\s+([\\p{Alnum}._:/-]{1,200})$");
    private static final String YES = "co";
    private static final String NO = "khong";

    private ActionText() {
    }

    public static String encode(Action action) {
        if (action instanceof Action.Pick pick) {
            return "#chon " + pick.candidateId();
        }
        if (action instanceof Action.Confirm confirm) {
            return "#xacnhan " + (confirm.yes() ? YES : NO);
        }
        if (action instanceof Action.Command command) {
            return "#lenh " + command.name();
        }
        throw new IllegalArgumentException("typed text is no button");
    }

    /** The action a button's text stands for; empty for anything else, which is then read as typed words. */
    public static Optional<Action> decode(String text) {
        Matcher m = CODE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(2);
        return switch (m.group(1)) {
            case "chon" -> Optional.of(new Action.Pick(value));
            case "xacnhan" -> YES.equals(value) ? Optional.of(new Action.Confirm(true))
                    : NO.equals(value) ? Optional.of(new Action.Confirm(false)) : Optional.empty();
            default -> Optional.of(new Action.Command(value, Map.of()));
        };
    }
}
