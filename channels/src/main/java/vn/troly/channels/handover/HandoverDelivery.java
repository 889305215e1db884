package vn.troly.channels.handover;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.output.OutputChannel;
import vn.troly.channels.output.Reply;
import vn.troly.channels.output.TextSplitter;

import java.util.List;

/**
 * Sends a message about a hand-over to the citizen on the channel they asked on, through that channel's output. The
 * web page's output pushes nothing: what it should read is in the hand-over's rows, which it polls.
 */
@Singleton
public class HandoverDelivery {

    public static final String WEB = "web";
    private static final Logger LOG = LoggerFactory.getLogger(HandoverDelivery.class);

    private final List<OutputChannel> channels;

    HandoverDelivery(List<OutputChannel> channels) {
        this.channels = channels;
    }

    /** False when the citizen's channel is not running here or gave up; the row keeps the reply either way. */
    boolean deliver(Handover h, String text) {
        for (OutputChannel channel : channels) {
            if (channel.name().equals(h.channel())) {
                return channel.deliver(h.recipient(), Reply.text(TextSplitter.split(text, channel.format().maxText())));
            }
        }
        LOG.warn("hand-over {}: channel {} is not running, the citizen was not told", h.id(), h.channel());
        return false;
    }
}
