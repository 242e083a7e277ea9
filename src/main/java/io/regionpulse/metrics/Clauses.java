package io.regionpulse.metrics;

/** Clause boundaries inside a sentence: a clause ends at ，；：。！？ or a bracket (not at a thousands comma). */
final class Clauses {
    private Clauses() {}

    /**
     * How far context is looked for before a number. Bounds the work per number so that a page
     * without punctuation (a flattened table) stays linear.
     */
    static final int LOOK_BEHIND = 160;

    static final String CLAUSE_DELIMS = "，,；;：:。！？!?（）()\n";

    static int clauseStart(String text, int pos, int from) {
        int i = pos - 1;
        int limit = Math.max(from, pos - LOOK_BEHIND);
        while (i >= limit) {
            char c = text.charAt(i);
            if (CLAUSE_DELIMS.indexOf(c) >= 0) {
                if ((c == ',' || c == '，')
                        && i > from
                        && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1))) {
                    i--;
                    continue; // a thousands separator
                }
                return i + 1;
            }
            i--;
        }
        return limit;
    }

    static int clauseEnd(String text, int pos, int to) {
        int limit = Math.min(to, pos + LOOK_BEHIND);
        for (int i = pos; i < limit; i++) {
            char c = text.charAt(i);
            if (CLAUSE_DELIMS.indexOf(c) >= 0
                    && !((c == ',' || c == '，')
                            && i > 0
                            && i + 1 < to
                            && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }

    /** The position lies inside 《…》 opened after {@code from}: a title (《中国—中亚峰会西安宣言》), not a subject. */
    static boolean inBookTitle(String text, int pos, int from) {
        for (int i = pos - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /** The position lies inside 《…》 or “…” opened after {@code from}. */
    static boolean quoted(String text, int pos, int from) {
        for (int i = pos - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '”') {
                return false;
            }
            if (c == '《' || c == '“') {
                return true;
            }
        }
        return false;
    }

    /** How far a quoted name or slogan may run around a place in it. */
    private static final int QUOTE_SPAN = 40;

    /** Marks that make a quotation a slogan or a theme of several phrases (“汇聚侨力量，圆梦大湾区”). */
    private static final String SLOGAN_MARKS = "，、；：";

    /**
     * The place at [start, end) lies inside “…” that is a slogan or a theme of several phrases (“汇聚侨力量，圆梦大湾区”,
     * “新时代、新西藏、新征程——西藏…的新篇章”), not a subject. A quoted name (“北京展映”, the screening held in 北京), a
     * route (“厦门—圣保罗”) or a place quoted alone (“雄安”) is not.
     */
    static boolean inSlogan(String text, int start, int end) {
        int open = -1;
        for (int i = start - 1; i >= Math.max(0, start - QUOTE_SPAN); i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '。' || c == '\n') {
                return false;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = end; i < Math.min(text.length(), end + QUOTE_SPAN); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '。' || c == '\n') {
                return false;
            }
            if (c == '”') {
                String quoted = text.substring(open + 1, i);
                return quoted.chars().anyMatch(ch -> SLOGAN_MARKS.indexOf(ch) >= 0);
            }
        }
        return false;
    }
}
