package vn.troly.channels.values;

/** A channel that can push a message to a chat (Telegram today). */
public interface Notifier {

    /** The channel name subscriptions use ("telegram"). */
    String channel();

    void send(String chatId, String text);
}
