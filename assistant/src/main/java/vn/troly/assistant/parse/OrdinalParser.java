package vn.troly.assistant.parse;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which item of a list a folded reply picks: "2", "số 2", "chọn 3", "cái thứ 2", "cái thứ nhất", "thứ hai", "cái đầu
 * tiên", "cái cuối". Only read where a list was just offered: alone, "ba" or "hai" are ordinary words.
 */
public final class OrdinalParser {

    private static final Pattern NUMBER = Pattern.compile("^(?:chon )?(?:so |cai |phuong an |muc )?(?:thu )?(\\d{1,2})$");
    private static final Pattern WORD = Pattern.compile("^(?:chon )?(?:cai |phuong an |muc |xa |so )?thu (nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)$");
    private static final Pattern FIRST = Pattern.compile("^(?:chon )?(?:cai |phuong an |muc |xa )?dau tien$");
    private static final Pattern LAST = Pattern.compile("^(?:chon )?(?:cai |phuong an |muc |xa )?cuoi(?: cung)?$");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("nhat", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("tu", 4), Map.entry("bon", 4), Map.entry("nam", 5), Map.entry("sau", 6),
            Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9), Map.entry("muoi", 10));

    private OrdinalParser() {
    }

    /**
     * @param folded the reply folded (no diacritics, lower case)
     * @param size   how many items were offered, for "cái cuối"
     * @return the 1-based position picked, when the whole reply is a pick
     */
    public static OptionalInt find(String folded, int size) {
        String text = folded.replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
        Matcher m = NUMBER.matcher(text);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = WORD.matcher(text);
        if (m.matches()) {
            return OptionalInt.of(WORDS.get(m.group(1)));
        }
        if (FIRST.matcher(text).matches()) {
            return OptionalInt.of(1);
        }
        if (LAST.matcher(text).matches() && size > 0) {
            return OptionalInt.of(size);
        }
        return OptionalInt.empty();
    }
}
