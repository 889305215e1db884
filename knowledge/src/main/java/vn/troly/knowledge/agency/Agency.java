package vn.troly.knowledge.agency;

import java.util.List;

/** A canonical agency with the aliases plans use for it. */
public record Agency(String id, String name, List<String> aliases) {
}
