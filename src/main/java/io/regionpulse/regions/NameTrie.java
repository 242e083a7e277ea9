package io.regionpulse.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compact character trie over the gazetteer's surfaces: from any position of a text, {@link
 * #matchesAt} lists every surface that starts there in one walk of at most the longest name's
 * length. Children are sorted char arrays (binary search), so the walk allocates nothing.
 *
 * <p>{@code trie("成都", "成都市").matchesAt("在成都市", 1)} → [成都, 成都市].
 */
public final class NameTrie {
    private final Node root;
    private final int maxLength;

    private NameTrie(Node root, int maxLength) {
        this.root = root;
        this.maxLength = maxLength;
    }

    public static NameTrie build(List<Surface> surfaces) {
        Builder rootB = new Builder();
        int max = 0;
        for (Surface s : surfaces) {
            Builder b = rootB;
            for (int i = 0; i < s.text().length(); i++) {
                b = b.kids.computeIfAbsent(s.text().charAt(i), k -> new Builder());
            }
            b.out.add(s);
            max = Math.max(max, s.text().length());
        }
        return new NameTrie(rootB.freeze(), max);
    }

    public int maxLength() {
        return maxLength;
    }

    /** Every surface that starts at {@code from}, shortest first. */
    public List<Surface> matchesAt(CharSequence text, int from) {
        if (walk(text, from, null) == 0) {
            return List.of(); // most positions: no allocation
        }
        List<Surface> out = new ArrayList<>(4);
        walk(text, from, out);
        return out;
    }

    /** Length of the longest surface starting at {@code from}, 0 if none. */
    public int longestAt(CharSequence text, int from) {
        return walk(text, from, null);
    }

    /**
     * Follows the text from {@code from} down the trie; adds the surfaces ending on the way to
     * {@code out} (when given) and returns the length of the longest, 0 if none.
     */
    private int walk(CharSequence text, int from, List<Surface> out) {
        Node n = root;
        int best = 0;
        int end = Math.min(text.length(), from + maxLength);
        for (int i = from; i < end; i++) {
            n = n.child(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.out.length > 0) {
                best = i - from + 1;
                if (out != null) {
                    out.addAll(Arrays.asList(n.out));
                }
            }
        }
        return best;
    }

    private static final class Node {
        final char[] keys;
        final Node[] kids;
        final Surface[] out;

        Node(char[] keys, Node[] kids, Surface[] out) {
            this.keys = keys;
            this.kids = kids;
            this.out = out;
        }

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : kids[i];
        }
    }

    private static final class Builder {
        final Map<Character, Builder> kids = new TreeMap<>();
        final List<Surface> out = new ArrayList<>(1);

        Node freeze() {
            char[] keys = new char[kids.size()];
            Node[] nodes = new Node[kids.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : kids.entrySet()) {
                keys[i] = e.getKey();
                nodes[i] = e.getValue().freeze();
                i++;
            }
            return new Node(keys, nodes, out.toArray(new Surface[0]));
        }
    }
}
