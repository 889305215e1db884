package vn.troly.channels.output;

/**
 * What a channel can show, which is all the renderer needs to know about it.
 *
 * @param maxText        longest message the channel accepts, in characters
 * @param maxChoices     buttons per message; 0 when the channel has none and choices become numbered lines
 * @param maxChoiceLabel longest button label; longer ones are cut with "…"
 * @param maxSources     sources listed under an answer
 */
public record ChannelFormat(int maxText, int maxChoices, int maxChoiceLabel, int maxSources) {

    public ChannelFormat {
        if (maxText < 100) {
            throw new IllegalArgumentException("a message limit under 100 characters cannot hold an answer");
        }
    }
}
