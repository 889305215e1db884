package vn.troly.channels.output;

/**
 * A medium the assistant speaks through (Rasa's OutputChannel): it declares what it can show and delivers a reply
 * rendered for it. Answers reach it through {@link AnswerRenderer}; anything else (a greeting, an official's reply
 * to a hand-over) as a plain {@link Reply}.
 */
public interface OutputChannel {

    /** The channel's name as questions and the audit trail carry it ("zalo", "telegram"). */
    String name();

    ChannelFormat format();

    /**
     * Sends the reply to one recipient (a Zalo user id, a Telegram chat id); false when the channel could not deliver
     * it and gave up (the reason is logged).
     */
    boolean deliver(String recipient, Reply reply);
}
