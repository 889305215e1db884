package vn.troly.channels.output;

import java.util.List;

/**
 * What a channel sends for one answer, already fitted to it: the text in pieces under its length limit, the choices
 * to show with the last piece, and an image or file if any.
 *
 * @param texts      pieces in order, each within the channel's limit
 * @param choices    buttons for the last piece (empty when none, or when the channel lists them as lines)
 * @param attachment an image or file, or null
 */
public record Reply(List<String> texts, List<Choice> choices, Attachment attachment) {

    public Reply {
        texts = List.copyOf(texts);
        choices = List.copyOf(choices);
    }

    /** Plain text in pieces, no choices. */
    public static Reply text(List<String> texts) {
        return new Reply(texts, List.of(), null);
    }

    /** The same reply with an image or file after its text. */
    public Reply with(Attachment file) {
        return new Reply(texts, choices, file);
    }
}
