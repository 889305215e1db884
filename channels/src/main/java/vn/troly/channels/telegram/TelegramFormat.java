package vn.troly.channels.telegram;

import vn.troly.channels.output.TextSplitter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram HTML: the assistant's text is plain, so everything is escaped (a "<" in a plan's text would otherwise make
 * Telegram refuse the whole message); long HTML is split under Telegram's 4,096-character limit without cutting a tag
 * or an entity. What an answer shows (sources, buttons) is the output package's AnswerRenderer's.
 */
final class TelegramFormat {

    /** Telegram refuses longer messages; the margin leaves room for the tags a split closes and reopens. */
    static final int MAX_MESSAGE = 4000;
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    private TelegramFormat() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static List<String> split(String html) {
        return split(html, MAX_MESSAGE);
    }

    /**
     * Pieces of at most {@code max} characters, cut at a line end where possible, else at a space, never inside a tag
     * or an entity nor between the halves of a surrogate pair; a tag open at the cut is closed at the end of the piece
     * and opened again at the start of the next, so each piece is valid HTML on its own.
     */
    static List<String> split(String html, int max) {
        List<String> parts = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        String rest = html;
        while (true) {
            String reopen = reopen(open);
            rest = reopen + rest;
            if (rest.length() + closing(openTags(rest)).length() <= max) {
                parts.add(rest);
                return parts;
            }
            // leave room for closing the tags that may be open at the cut
            int budget = max - 16 * (open.size() + 2);
            int cut = cutPoint(rest, budget);
            String head = rest.substring(0, cut);
            open = openTags(head);
            parts.add(head.stripTrailing() + closing(open));
            rest = rest.substring(cut).stripLeading();
            if (rest.isEmpty()) {
                return parts;
            }
        }
    }

    private static int cutPoint(String text, int budget) {
        int cut = TextSplitter.cutPoint(text, budget);
        // not inside a tag or an entity: move back to the "<" or "&" that started it
        int lt = text.lastIndexOf('<', cut - 1);
        if (lt >= 0 && text.indexOf('>', lt) >= cut) {
            cut = lt;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0) {
            int semi = text.indexOf(';', amp);
            if (semi >= cut && semi - amp <= 10) {
                cut = amp;
            }
        }
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return Math.max(cut, 1);
    }

    /** Tags opened and not closed in the text, innermost last. */
    private static Deque<String> openTags(String text) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.addLast(m.group());
            } else {
                Iterator<String> it = open.descendingIterator();
                while (it.hasNext()) {
                    if (it.next().startsWith("<" + m.group(2))) {
                        it.remove();
                        break;
                    }
                }
            }
        }
        return open;
    }

    private static String closing(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        Iterator<String> it = open.descendingIterator();
        while (it.hasNext()) {
            Matcher m = TAG.matcher(it.next());
            if (m.matches()) {
                out.append("</").append(m.group(2)).append('>');
            }
        }
        return out.toString();
    }

    private static String reopen(Deque<String> open) {
        return String.join("", open);
    }
}
