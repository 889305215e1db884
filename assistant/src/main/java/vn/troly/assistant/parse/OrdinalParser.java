package vn.troly.assistant.parse;

import java.util.Map;
import java.util.Optional;
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

    /** An item named at the head of a question: "cái đầu tiên ai chủ trì", "chỉ tiêu thứ 2 hạn khi nào". */
    private static final Pattern LEADING = Pattern.compile("^(?:(?:cai|so|muc|dong|chi tieu|nhiem vu|phuong an) )?(?:"
            + "(?:thu |so )(\\d{1,2}|nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)|(dau tien)|(cuoi(?: cung)?))(?: (?:thi|la|do|co))? (.+)$");

    /** The position picked at the head of a question, and the question about it. */
    public record Leading(int position, String rest) {
    }

    private OrdinalParser() {
    }

    /**
     * @param folded the reply folded
     * @param size   how many items were offered, for "cái cuối"
     * @return the 1-based position named before the rest of a question about it; a bare number never counts ("2 chỉ
     *         tiêu nào chậm?" counts rows), only one said as a position ("thứ 2", "số 2", "đầu tiên", "cuối")
     */
    public static Optional<Leading> leading(String folded, int size) {
        String text = folded.replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
        Matcher m = LEADING.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int position = m.group(2) != null ? 1 : m.group(3) != null ? size
                : m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1)) : WORDS.get(m.group(1));
        return Optional.of(new Leading(position, m.group(4)));
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
