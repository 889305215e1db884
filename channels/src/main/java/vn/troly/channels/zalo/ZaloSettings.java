package vn.troly.channels.zalo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * The Zalo OA channel's configuration (application.yml maps ZALO_APP_ID, ZALO_OA_SECRET_KEY, ZALO_APP_SECRET,
 * ZALO_REFRESH_TOKEN, ZALO_API_URL, ZALO_OAUTH_URL and ZALO_COMMUNE). The channel exists only when the app id, the OA
 * secret key and a refresh token are set: without the key no webhook can be trusted, without a token nothing can be
 * sent. An unset variable is the empty string, hence the patterns.
 *
 * @param appId        the Zalo app's id, part of every webhook signature and of token requests
 * @param oaSecretKey  the OA secret key that signs webhooks
 * @param appSecret    the app's secret key, sent as the secret_key header of token requests
 * @param refreshToken the first refresh token; each refresh returns the next, which the database keeps
 * @param apiUrl       where messages go: {apiUrl}/v3.0/oa/message/cs
 * @param oauthUrl     where tokens are refreshed: {oauthUrl}/v4/oa/access_token
 * @param commune      the commune this OA speaks for, assumed until a person names another; empty for none
 * @param refreshAhead an access token is refreshed this long before it expires
 * @param retryBase    first pause after a rate-limited (-32) or failed call, doubled at each further try
 * @param maxAttempts  tries per message before it is given up and logged
 * @param workers      threads answering messages; one person always lands on the same one, so turns keep order
 * @param timeout      budget of one call to Zalo
 */
@ConfigurationProperties("assistant.zalo")
@Requires(property = "assistant.zalo.app-id", pattern = ".*\\S.*")
@Requires(property = "assistant.zalo.oa-secret-key", pattern = ".*\\S.*")
@Requires(property = "assistant.zalo.refresh-token", pattern = ".*\\S.*")
public record ZaloSettings(String appId, String oaSecretKey, @Bindable(defaultValue = "") String appSecret,
                           String refreshToken,
                           @Bindable(defaultValue = "https://openapi.zalo.me") URI apiUrl,
                           @Bindable(defaultValue = "https://oauth.zaloapp.com") URI oauthUrl,
                           @Bindable(defaultValue = "") String commune,
                           @Bindable(defaultValue = "10m") Duration refreshAhead,
                           @Bindable(defaultValue = "500ms") Duration retryBase,
                           @Bindable(defaultValue = "4") int maxAttempts,
                           @Bindable(defaultValue = "4") int workers,
                           @Bindable(defaultValue = "10s") Duration timeout) {

    public ZaloSettings {
        appId = appId.strip();
        oaSecretKey = oaSecretKey.strip();
        appSecret = appSecret == null ? "" : appSecret.strip();
        refreshToken = refreshToken.strip();
        commune = commune == null ? "" : commune.strip();
        maxAttempts = Math.max(1, maxAttempts);
        workers = Math.max(1, workers);
    }

    /** The URL of an OA API path ("/v3.0/oa/message/cs"), below any base path the deployer gave. */
    URI api(String path) {
        return URI.create(strip(apiUrl) + path);
    }

    URI oauth(String path) {
        return URI.create(strip(oauthUrl) + path);
    }

    private static String strip(URI base) {
        String s = base.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
