package vn.troly.channels.chat;

import jakarta.inject.Singleton;
import vn.troly.channels.handover.HandoverDelivery;
import vn.troly.channels.output.ChannelFormat;
import vn.troly.channels.output.OutputChannel;
import vn.troly.channels.output.Reply;

import java.util.List;

/**
 * The web page as an output channel. An answer's reply travels in the body of POST /api/chat beside the answer
 * (the page draws the cards and folds the sources itself from the answer's own fields); a message after the answer
 * (an official's reply, a hand-over's timeout) is already in the hand-over's row, which the page polls.
 */
@Singleton
public class WebOutput implements OutputChannel {

    /**
     * A browser shows any length in one bubble; every choice is a button, with its whole label; no sources in the
     * text, since the page lists the answer's citations folded under it.
     */
    static final ChannelFormat FORMAT = new ChannelFormat(Integer.MAX_VALUE, 50, 500, 0);

    /**
     * The reply as the page reads it.
     *
     * @param texts   the text, in one piece
     * @param choices a button each, its action as POST /api/chat takes it back
     */
    public record Body(List<String> texts, List<Button> choices) {
    }

    /** One button: its label and what pressing it sends. */
    public record Button(String label, ChatAction action) {
    }

    @Override
    public String name() {
        return HandoverDelivery.WEB;
    }

    @Override
    public ChannelFormat format() {
        return FORMAT;
    }

    /** Nothing to push: the page asks for the hand-over's state itself (GET /api/handover/{id}). */
    @Override
    public boolean deliver(String recipient, Reply reply) {
        return true;
    }

    Body body(Reply reply) {
        return new Body(reply.texts(), reply.choices().stream()
                .map(choice -> new Button(choice.label(), ChatAction.of(choice.action()))).toList());
    }
}
