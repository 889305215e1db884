package vn.troly.assistant.answer;

import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.LegacyIds;
import vn.troly.knowledge.plan.Indicator;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who is asking, as the channel identified them.
 *
 * @param userId    registered user id, or null for an anonymous citizen
 * @param name      display name, or null
 * @param role      what they may see and do
 * @param agencyId  the agency an official or leader belongs to, or null
 * @param communeId the commune they are registered with, or null for province-wide staff and admins
 */
public record Caller(String userId, String name, Role role, String agencyId, String communeId) {

    private static final Caller CITIZEN = new Caller(null, null, Role.CITIZEN, null, null);

    public Caller {
        role = role == null ? Role.CITIZEN : role;
    }

    public static Caller citizen() {
        return CITIZEN;
    }

    /** An unregistered caller with the given role (the CLI, the evaluation, the admin token). */
    public static Caller of(Role role) {
        return new Caller(null, null, role, null, null);
    }

    /**
     * The same caller with the commune it was registered with as its id is now: one registered before ids carried the
     * province ("vinh-tru": a user not yet rewritten, a channel's own account) reads and reports for the commune it
     * stood for, whose rows carry the id with the province.
     */
    public Caller withCommuneNow(LegacyIds ids) {
        String now = ids.commune(communeId);
        return Objects.equals(now, communeId) ? this : new Caller(userId, name, role, agencyId, now);
    }

    /** Who reported a value, as stored with it: the person's name and id, so the audit trail can name the account. */
    public String reporter() {
        if (name != null && userId != null) {
            return name + " (" + userId + ")";
        }
        return userId != null ? userId : role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The one rule for reading a commune's reported values, summaries, reports and reporter names: admins read every
     * commune; officials and leaders their own; citizens none (unless the deployment makes values public, which the
     * channels decide). A caller without a commune that is no admin exists only locally (the CLI, the evaluation): the
     * API registers no such account, and whoever runs the CLI holds the data folder anyway.
     *
     * @param commune the commune whose values are read; null when unknown, then only callers bound to no commune read
     */
    public boolean mayRead(String commune) {
        if (role == Role.ADMIN) {
            return true;
        }
        if (!role.seesValues()) {
            return false;
        }
        return communeId == null || communeId.equals(commune);
    }

    /**
     * Admins report anything; leaders anything in their commune; officials only the indicators their agency leads or
     * implements in their commune.
     */
    public boolean mayReport(Indicator indicator) {
        if (role == Role.ADMIN) {
            return true;
        }
        boolean sameCommune = communeId == null || communeId.equals(indicator.communeId());
        if (role == Role.LEADER) {
            return sameCommune;
        }
        return role == Role.OFFICIAL && sameCommune && agencyId != null
                && Stream.concat(indicator.lead().stream(), indicator.implementers().stream())
                .map(AgencyRef::id).anyMatch(agencyId::equals);
    }
}
