package vn.troly.assistant.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a phrase's match can begin with, read from its regular expression: "(thuoc )?trach nhiem" begins with
 * "thuoc" or "trach". A match is made of whole words joined by single spaces, so its first word is a word of the
 * question, and a phrase needs trying only where the question has one of these. Phrases written with anything but
 * plain words, groups, alternatives, "?", "*", "+", look-arounds, "\b" and "$" (a digit class, a count, a dot) have no
 * such set: they are tried everywhere, as before.
 */
final class FirstWords {

    /** More first words than this, or a first word this long, is no help: the phrase is tried everywhere. */
    private static final int MAX_STATES = 512;
    private static final int MAX_WORD = 64;

    /** Reading stopped: the phrase uses syntax whose first words are not worked out. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Where a match may be, within its first word: the letters read so far, and whether the word ended. */
    private record State(String word, boolean ended) {
    }

    private sealed interface Node permits Letter, Group, Repeat, Anchor, EndOfText {
    }

    private record Letter(char c) implements Node {
    }

    /** Alternatives; a look-around consumes nothing, so it lets every state through. */
    private record Group(List<List<Node>> alternatives, boolean lookaround) implements Node {
    }

    private record Repeat(Node node, int min, boolean unbounded) implements Node {
    }

    /** A zero-width test ("\b", "^") that consumes nothing. */
    private record Anchor() implements Node {
    }

    /** "$": the match ends here. */
    private record EndOfText() implements Node {
    }

    private final String source;
    private int at;

    private FirstWords(String source) {
        this.source = source;
    }

    /** The words a match of the expression can begin with, or null when that is not worked out. */
    static Set<String> of(String source) {
        try {
            FirstWords reader = new FirstWords(source);
            List<List<Node>> top = reader.alternatives();
            if (reader.at != source.length()) {
                return null;
            }
            Set<State> states = apply(new Group(top, false), Set.of(new State("", false)));
            Set<String> words = new HashSet<>();
            for (State s : states) {
                if (s.word().isEmpty()) {
                    // a match could begin with a space or be empty: no word to index it by
                    return null;
                }
                words.add(s.word());
            }
            return words;
        } catch (Unsupported e) {
            return null;
        }
    }

    private List<List<Node>> alternatives() {
        List<List<Node>> alternatives = new ArrayList<>();
        List<Node> sequence = new ArrayList<>();
        alternatives.add(sequence);
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == ')') {
                break;
            }
            if (c == '|') {
                at++;
                sequence = new ArrayList<>();
                alternatives.add(sequence);
                continue;
            }
            sequence.add(quantified(atom()));
        }
        return alternatives;
    }

    private Node atom() {
        char c = source.charAt(at++);
        switch (c) {
            case '(':
                boolean lookaround = false;
                if (source.startsWith("?:", at)) {
                    at += 2;
                } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                    at += 2;
                    lookaround = true;
                } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                    at += 3;
                    lookaround = true;
                } else if (source.startsWith("?", at)) {
                    throw new Unsupported();
                }
                List<List<Node>> inside = alternatives();
                if (at >= source.length() || source.charAt(at) != ')') {
                    throw new Unsupported();
                }
                at++;
                return new Group(inside, lookaround);
            case '\\':
                if (at >= source.length()) {
                    throw new Unsupported();
                }
                char escaped = source.charAt(at++);
                if (escaped == 'b' || escaped == 'B') {
                    return new Anchor();
                }
                if (Character.isLetterOrDigit(escaped)) {
                    throw new Unsupported();
                }
                return new Letter(escaped);
            case '^':
                return new Anchor();
            case '$':
                return new EndOfText();
            case '.', '[', ']', '{', '}', '?', '*', '+':
                throw new Unsupported();
            default:
                return new Letter(c);
        }
    }

    private Node quantified(Node atom) {
        if (at >= source.length()) {
            return atom;
        }
        char c = source.charAt(at);
        Node node = switch (c) {
            case '?' -> new Repeat(atom, 0, false);
            case '*' -> new Repeat(atom, 0, true);
            case '+' -> new Repeat(atom, 1, true);
            case '{' -> throw new Unsupported();
            default -> null;
        };
        if (node == null) {
            return atom;
        }
        at++;
        // lazy and possessive forms match the same words
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++;
        }
        if (at < source.length() && "?*+{".indexOf(source.charAt(at)) >= 0) {
            throw new Unsupported();
        }
        return node;
    }

    private static Set<State> apply(Node node, Set<State> states) {
        Set<State> out = new HashSet<>();
        if (node instanceof Letter letter) {
            for (State s : states) {
                if (s.ended()) {
                    out.add(s);
                } else if (letter.c() == ' ') {
                    out.add(new State(s.word(), true));
                } else if (s.word().length() >= MAX_WORD) {
                    throw new Unsupported();
                } else {
                    out.add(new State(s.word() + letter.c(), false));
                }
            }
        } else if (node instanceof Group group) {
            if (group.lookaround()) {
                return states;
            }
            for (List<Node> alternative : group.alternatives()) {
                Set<State> current = states;
                for (Node n : alternative) {
                    current = apply(n, current);
                }
                out.addAll(current);
            }
        } else if (node instanceof Repeat repeat) {
            Set<State> current = states;
            for (int i = 0; i < repeat.min(); i++) {
                current = apply(repeat.node(), current);
            }
            out.addAll(current);
            out.addAll(apply(repeat.node(), current));
            while (repeat.unbounded()) {
                Set<State> next = new HashSet<>(out);
                next.addAll(apply(repeat.node(), out));
                if (next.equals(out)) {
                    break;
                }
                out = next;
                if (out.size() > MAX_STATES) {
                    throw new Unsupported();
                }
            }
        } else if (node instanceof EndOfText) {
            for (State s : states) {
                out.add(new State(s.word(), true));
            }
        } else {
            return states;
        }
        if (out.size() > MAX_STATES) {
            throw new Unsupported();
        }
        return out;
    }
}
