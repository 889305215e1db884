package vn.troly.channels.identity;

import io.micronaut.http.HttpRequest;
import vn.troly.assistant.answer.Caller;

/** Tells who is behind a request or a chat account: an admin, a registered official or leader, or a citizen. */
public interface Identities {

    /** The caller a request's {@code Authorization: Bearer …} token names; a citizen without a valid token. */
    Caller fromRequest(HttpRequest<?> request);

    /** The registered official or leader with this Telegram user id; a citizen otherwise. */
    Caller forTelegramUser(long telegramUserId);
}
