package vn.troly.assistant.understand;

import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds an agency named anywhere in a question ("công an xã chủ trì…", "nhiệm vụ của TTPVHCC"), longest name first. */
public final class AgencyMentions {

    private final VietnameseNormalizer normalizer;
    private final List<Name> names = new ArrayList<>();

    public AgencyMentions(VietnameseNormalizer normalizer, AgencyDirectory directory) {
        this.normalizer = normalizer;
        for (Agency agency : directory.all()) {
            List<String> forms = new ArrayList<>(agency.aliases());
            forms.add(agency.name());
            for (String form : forms) {
                String key = key(form);
                add(key, agency);
                if (key.endsWith(" xa")) {
                    add(key.substring(0, key.length() - 3), agency);
                }
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.key.length()).reversed());
    }

    private void add(String key, Agency agency) {
        if (key.length() >= 3) {
            names.add(new Name(key, agency));
        }
    }

    /** The agency named in the text, with where its name is, if any. */
    public Optional<Mention> find(String text) {
        String padded = " " + key(text) + " ";
        for (Name name : names) {
            int at = padded.indexOf(" " + name.key + " ");
            if (at >= 0) {
                return Optional.of(new Mention(name.agency, name.key));
            }
        }
        return Optional.empty();
    }

    /** Every agency named in the text, longest names first, each once; a shorter name inside a longer one is skipped. */
    public List<Agency> findAll(String text) {
        String padded = " " + key(text) + " ";
        List<Agency> found = new ArrayList<>();
        for (Name name : names) {
            int at = padded.indexOf(" " + name.key + " ");
            if (at >= 0) {
                if (!found.contains(name.agency)) {
                    found.add(name.agency);
                }
                // blank the words out so "công an" inside "công an tỉnh" is not counted again
                padded = padded.substring(0, at + 1) + " ".repeat(name.key.length()) + padded.substring(at + 1 + name.key.length());
            }
        }
        return found;
    }

    /** Folded, "&" as "va", punctuation as spaces: the form names and questions are compared in. */
    public String key(String text) {
        return normalizer.fold(text).replace("&", " va ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** An agency and the words that named it (folded key form). */
    public record Mention(Agency agency, String words) {
    }

    private record Name(String key, Agency agency) {
    }
}
