package vn.troly.channels.zalo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.troly.assistant.engine.Conversations;

import javax.sql.DataSource;
import java.time.Clock;

/** Wires the Zalo channel's parts when it is configured. */
@Factory
@Requires(bean = ZaloSettings.class)
public class ZaloFactory {

    @Singleton
    ZaloHttp http(ZaloSettings settings) {
        return new ZaloHttp(settings.timeout());
    }

    @Singleton
    ZaloTokens tokens(ZaloSettings settings, ZaloHttp http, DataSource dataSource, Clock clock) {
        return new ZaloTokens(settings, http, new ZaloTokenStore(dataSource, clock), clock);
    }

    @Singleton
    ZaloApi api(ZaloSettings settings, ZaloHttp http, ZaloTokens tokens) {
        return new ZaloApi(settings, http, tokens);
    }

    @Singleton
    ZaloOutput output(ZaloApi api) {
        return new ZaloOutput(api);
    }

    @Singleton
    ZaloInbox inbox(DataSource dataSource) {
        return new ZaloInbox(dataSource);
    }

    @Singleton
    ZaloCommunes communes(ZaloSettings settings, @Nullable Conversations.Store store) {
        return new ZaloCommunes(store, settings.commune());
    }

    @Singleton
    ZaloInput input(ZaloIdentities identities, ZaloCommunes communes) {
        return new ZaloInput(identities, communes);
    }
}
