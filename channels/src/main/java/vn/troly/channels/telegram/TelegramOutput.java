package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.troly.channels.output.ChannelFormat;
import vn.troly.channels.output.OutputChannel;
import vn.troly.channels.output.Reply;

/**
 * Telegram as an output channel for messages that are no answer (an official's reply to a hand-over): plain text,
 * escaped for Telegram's HTML. Answers are still rendered by {@link TelegramFormat}.
 */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramOutput implements OutputChannel {

    /** Telegram takes 4,096 characters; escaping can lengthen text, hence the margin. */
    private static final ChannelFormat FORMAT = new ChannelFormat(3500, 8, 64, 3);

    private final TelegramSender sender;

    TelegramOutput(TelegramSender sender) {
        this.sender = sender;
    }

    @Override
    public String name() {
        return TelegramCommands.CHANNEL;
    }

    @Override
    public ChannelFormat format() {
        return FORMAT;
    }

    @Override
    public boolean deliver(String recipient, Reply reply) {
        return sender.sendHtml(Long.parseLong(recipient), TelegramFormat.split(TelegramFormat.escape(String.join("\n\n", reply.texts()))), null);
    }
}
