package vn.troly.assistant.citizen;

import vn.troly.assistant.prompt.Prompts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The contact details each commune gives its citizens (prompts/citizen/communes.yml); only what is given is shown. */
public final class CommuneContacts {

    /**
     * One commune's details; any of them may be null.
     *
     * @param place         its one-stop shop, by name
     * @param address       where it is
     * @param hours         when it is open
     * @param phone         its phone
     * @param communityTeam how to reach the hamlets' community digital technology teams
     */
    public record Contact(String place, String address, String hours, String phone, String communityTeam) {
    }

    private final Map<String, Contact> contacts = new HashMap<>();

    public CommuneContacts() {
        this(Prompts.yaml("citizen/communes.yml"));
    }

    CommuneContacts(Map<String, Object> communes) {
        communes.forEach((id, value) -> {
            if (!(value instanceof Map<?, ?> fields)) {
                throw new IllegalStateException("prompts/citizen/communes.yml: " + id + " has no fields");
            }
            contacts.put(id, new Contact(text(fields, "place"), text(fields, "address"), text(fields, "hours"),
                    text(fields, "phone"), text(fields, "community_team")));
        });
    }

    public Optional<Contact> of(String communeId) {
        return communeId == null ? Optional.empty() : Optional.ofNullable(contacts.get(communeId));
    }

    private static String text(Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }
}
