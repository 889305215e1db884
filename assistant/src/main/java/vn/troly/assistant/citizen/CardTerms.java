package vn.troly.assistant.citizen;

import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a card or a question, read the same way on both sides: folded (no diacritics, one tone placement),
 * abbreviations written out ("CKS" also "chữ ký số"), everyday words also as the plans' terms ("online" also "trực
 * tuyến"), and the frames and filler words people wrap a question in ("bao giờ", "mất bao lâu", "cho em hỏi", "ạ")
 * left out.
 */
final class CardTerms {

    private final VietnameseNormalizer normalizer;
    private final SynonymTable synonyms;
    private final Set<String> filler;
    /** Padded folded phrases, longest first. */
    private final List<String> frames;

    CardTerms(VietnameseNormalizer normalizer, SynonymTable synonyms) {
        this.normalizer = normalizer;
        this.synonyms = synonyms;
        Set<String> words = new HashSet<>();
        lines("citizen/filler-words.txt").forEach(l -> words.addAll(normalizer.foldedWords(l)));
        this.filler = Set.copyOf(words);
        this.frames = lines("citizen/frames.txt").stream().map(this::padded)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The words that say what a text is about, in order, as written and as read through the thesaurus. */
    List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String variant : variants(text)) {
            for (String w : tokens(variant)) {
                if (!filler.contains(w)) {
                    out.add(w);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The words a text's abbreviations and everyday terms add ("ủy ban nhân dân" for "UBND"), not typed in it. */
    Set<String> added(String text) {
        Set<String> out = new HashSet<>(words(text));
        out.removeAll(tokens(text));
        return out;
    }

    /** Adjacent word pairs as written ("khai sinh", "khai tu"): they tell apart cards that share single words. */
    Set<String> pairs(String text) {
        Set<String> out = new HashSet<>();
        for (String variant : variants(text)) {
            List<String> words = tokens(variant);
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!filler.contains(words.get(i)) || !filler.contains(words.get(i + 1))) {
                    out.add(words.get(i) + " " + words.get(i + 1));
                }
            }
        }
        return out;
    }

    /**
     * Adjacent word pairs as typed, without the words abbreviations and everyday terms add: "khai tử" in "khai tu online
     * tren vneid" is a pair, the "điện tử" that VNeID stands for is not.
     */
    Set<String> typedPairs(String text) {
        Set<String> out = new HashSet<>();
        List<String> words = tokens(text);
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + " " + words.get(i + 1));
        }
        return out;
    }

    /** The text folded with single spaces and a space at each end, for whole-phrase matching. */
    String padded(String text) {
        return " " + String.join(" ", normalizer.foldedWords(text)) + " ";
    }

    boolean filler(String word) {
        return filler.contains(word);
    }

    /** The folded words of a text, frames taken out. */
    private List<String> tokens(String text) {
        String padded = padded(text);
        for (String frame : frames) {
            while (padded.contains(frame)) {
                padded = padded.replace(frame, " | ");
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : padded.split(" ")) {
            if (!w.isEmpty() && !w.equals("|")) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> lines(String file) {
        return Prompts.text(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private List<String> variants(String text) {
        return List.of(synonyms.expandFolded(text), synonyms.expandFolded(synonyms.thesaurus().readAs(text)));
    }
}
