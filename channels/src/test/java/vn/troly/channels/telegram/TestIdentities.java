package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.identity.Identities;

/**
 * Stands in for the user store until it lands in main: Telegram user 7001 is an official of the Culture and Society
 * office of Vĩnh Trụ, 7002 a leader of Vĩnh Trụ; everyone else is a citizen.
 */
@Singleton
@Requires(property = "test.identities")
class TestIdentities implements Identities {

    static final long OFFICIAL = 7001;
    static final long LEADER = 7002;

    @Override
    public Caller fromRequest(HttpRequest<?> request) {
        return Caller.citizen();
    }

    @Override
    public Caller forTelegramUser(long telegramUserId) {
        if (telegramUserId == OFFICIAL) {
            return new Caller("u-7001", "Nguyễn Văn Cán Bộ", Role.OFFICIAL, "van-hoa-xa-hoi", "vinh-tru");
        }
        if (telegramUserId == LEADER) {
            return new Caller("u-7002", "Trần Lãnh Đạo", Role.LEADER, null, "vinh-tru");
        }
        return Caller.citizen();
    }
}
