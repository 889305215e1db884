package vn.troly.channels.zalo;

import java.time.Instant;

/**
 * The OA's token pair.
 *
 * @param access    the access token, or null before the first refresh
 * @param refresh   the refresh token, good for one refresh only
 * @param expiresAt when the access token stops working, or null when unknown
 */
record ZaloToken(String access, String refresh, Instant expiresAt) {

    /** Present and still valid at {@code moment} (callers pass now plus the refresh margin). */
    boolean freshAt(Instant moment) {
        return access != null && expiresAt != null && expiresAt.isAfter(moment);
    }

    @Override
    public String toString() {
        // never print the tokens themselves into a log
        return "ZaloToken[expiresAt=" + expiresAt + "]";
    }
}
