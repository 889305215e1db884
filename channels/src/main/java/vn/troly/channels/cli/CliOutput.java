package vn.troly.channels.cli;

import vn.troly.channels.output.ChannelFormat;
import vn.troly.channels.output.OutputChannel;
import vn.troly.channels.output.Reply;

import java.io.PrintStream;

/**
 * A terminal as an output channel: any length, no buttons (choices become numbered lines), sources appended. Not a
 * bean: it lives for one command, printing to that command's stream, and no hand-over ever replies to it.
 */
final class CliOutput implements OutputChannel {

    static final String CHANNEL = "cli";
    static final ChannelFormat FORMAT = new ChannelFormat(Integer.MAX_VALUE, 0, 200, 3);

    private final PrintStream out;

    CliOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public ChannelFormat format() {
        return FORMAT;
    }

    /** The recipient is whoever reads the terminal. */
    @Override
    public boolean deliver(String recipient, Reply reply) {
        out.println(String.join("\n\n", reply.texts()));
        if (reply.attachment() != null) {
            out.println(reply.attachment().fileName());
        }
        return !out.checkError();
    }
}
