package vn.troly.channels.zalo;

import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.channels.identity.User;
import vn.troly.channels.identity.UserStore;

/**
 * Who writes from a Zalo account: the registered official or leader an admin linked it to, while that account is
 * active; a citizen otherwise. Like Telegram ids, a link never makes anyone the admin.
 */
@Singleton
public class ZaloIdentities {

    private final ZaloLinks links;
    private final UserStore users;

    public ZaloIdentities(ZaloLinks links, UserStore users) {
        this.links = links;
        this.users = users;
    }

    public Caller forZaloUser(String zaloUserId) {
        return links.userFor(zaloUserId).flatMap(users::byId)
                .filter(u -> u.active() && u.role() != Role.ADMIN).map(User::caller).orElse(Caller.citizen());
    }
}
