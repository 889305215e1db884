package vn.troly.channels.output;

import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.prompt.Prompts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders an answer for any channel from what the channel can show ({@link ChannelFormat}): the text with its sources
 * appended, split under the channel's limit, and the choices the answer calls for (its candidates, or "Xác nhận" and
 * "Hủy" for a value awaiting confirmation) as buttons carrying typed actions. The engine's text already numbers the
 * rows it offers, so a channel without buttons, or a list longer than a message's buttons, still reads "1. …" and a
 * typed "1" picks.
 */
@Singleton
public class AnswerRenderer {

    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. ");

    private final Prompts texts = new Prompts("channels.yml");

    public Reply render(Answer answer, ChannelFormat format) {
        return render(answer, format, List.of());
    }

    /** The same with further choices after the answer's own (a hand-over to an official, say). */
    public Reply render(Answer answer, ChannelFormat format, List<Choice> extra) {
        List<Choice> choices = new ArrayList<>(choices(answer, format));
        choices.addAll(extra);
        List<Choice> buttons = choices.subList(0, Math.min(choices.size(), format.maxChoices()));
        String body = format.maxChoices() == 0 ? withChoiceLines(answer.answer(), choices) : answer.answer();
        return new Reply(TextSplitter.split(withSources(body, answer.citations(), format.maxSources()), format.maxText()),
                buttons, null);
    }

    /**
     * For a channel without buttons, the choices the text does not already list, as numbered lines after it: the
     * engine's text numbers the rows it offers, not the communes or the hand-over.
     */
    static String withChoiceLines(String text, List<Choice> choices) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            String label = choices.get(i).label();
            String bare = NUMBERED.matcher(label).replaceFirst("");
            if (!text.contains(bare)) {
                lines.append('\n').append(bare.equals(label) ? (i + 1) + ". " + label : label);
            }
        }
        return lines.isEmpty() ? text : text + "\n" + lines;
    }

    /**
     * The answer's text and up to {@code max} sources, one line each. The engine's own "Nguồn: …" lines give way to
     * that list when the answer carries citations, so sources look the same in every chat.
     */
    String withSources(String text, List<Citation> cited, int max) {
        String label = label("sources");
        List<Citation> citations = cited == null ? List.of() : cited;
        if (citations.isEmpty() || max <= 0) {
            return text;
        }
        String body = text.lines().filter(line -> !line.strip().startsWith(label))
                .collect(Collectors.joining("\n")).strip();
        Set<String> lines = new LinkedHashSet<>();
        for (Citation c : citations) {
            lines.add(Sources.line(c));
            if (lines.size() == max) {
                break;
            }
        }
        StringBuilder out = new StringBuilder(body).append("\n\n").append(label);
        lines.forEach(line -> out.append("\n• ").append(line));
        return out.toString();
    }

    private List<Choice> choices(Answer answer, ChannelFormat format) {
        if (answer.status() == Status.CONFIRMATION_NEEDED) {
            return List.of(new Choice(label("button_confirm"), new Action.Confirm(true)),
                    new Choice(label("button_cancel"), new Action.Confirm(false)));
        }
        List<Choice> choices = new ArrayList<>();
        List<Answer.Candidate> candidates = answer.candidates() == null ? List.of() : answer.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            Answer.Candidate c = candidates.get(i);
            String label = Answer.Candidate.COMMUNE.equals(c.kind()) ? c.label() : (i + 1) + ". " + c.label();
            choices.add(new Choice(cut(label, format.maxChoiceLabel()), new Action.Pick(c.id())));
        }
        return choices;
    }

    /** A sentence of prompts/channels.yml. */
    public String label(String key, Object... pairs) {
        return texts.render(key, pairs).strip();
    }

    private static String cut(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end) + "…";
    }
}
