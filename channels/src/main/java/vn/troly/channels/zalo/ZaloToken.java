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

    /** Usable for a call made now: present and not expiring within {@code ahead} of {@code now}. */
    boolean freshAt(Instant now) {
        return access != null && expiresAt != null && expiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        // never print the tokens themselves into a log
        return "ZaloToken[expiresAt=" + expiresAt + "]";
    }
}
