package io.regionpulse.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML → lines of text plus the metadata in the head, with the article's main content marked.
 *
 * <p>Main content is found by text density on the jsoup DOM, in the manner of Readability and
 * GNE: every block that holds prose (text with Chinese punctuation, few links) scores for its
 * parent and grandparent; the best-scoring container, discounted by its link density, is the
 * article, together with siblings that score nearly as well. Inside it, link lists (related
 * articles, tags, share bars) and blocks whose class or id says comment/share/recommend are
 * skipped. The whole page is also returned as lines, because bylines (date, 来源) often sit
 * outside the article container, next to the headline.
 */
public final class HtmlExtractor {
    private HtmlExtractor() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]{2,}");

    /** The page as lines, which of them belong to the main content, and the head metadata. */
    public record Extracted(List<String> lines, List<Boolean> inContent, Meta meta, String h1) {}

    /** Metadata found in {@code <head>} and JSON-LD. Any field may be null. */
    public record Meta(
            String title,
            String ogTitle,
            Instant published,
            String author,
            String source,
            String url,
            Instant markedDate) {}

    /** Update times: only used when a page gives no publication time at all (Baijiahao's dateUpdate). */
    private static final Set<String> UPDATE_META = Set.of(
            "dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmodified", "last-modified");

    /** Elements whose class or id says they hold the date (toutiao's {@code <span class="time">}). */
    private static final String DATE_ELEMENTS =
            "time[datetime], [class~=(?i)^(time|date|pubtime|pub-time|pub_time|publish-time|"
                    + "publish_time|post-time|post-date|article-time|news-time|info-time|date-time)$], [id~=(?i)^(pubtime|pub_time|publish_time|"
                    + "publish-time|pubdate|post-date|news-time)$]";

    private static final Set<String> BLOCK = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "tr",
            "td",
            "th",
            "table",
            "tbody",
            "thead",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "blockquote",
            "pre",
            "header",
            "footer",
            "nav",
            "aside",
            "figure",
            "figcaption",
            "center",
            "hr",
            "address",
            "main",
            "form",
            "fieldset",
            "caption",
            "details",
            "summary",
            "dialog",
            "hgroup",
            "menu",
            "legend",
            "tfoot");

    private static final Set<String> DROP = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "iframe",
            "object",
            "embed",
            "canvas",
            "select",
            "textarea",
            "button",
            "input",
            "option",
            "video",
            "audio",
            "map",
            "head",
            "link",
            "meta");

    private static final Set<String> NOT_CONTENT = Set.of("nav", "footer", "aside", "menu");

    /** A word of a class or id that names page chrome ("comment-list", "share_box", "related", "footer"). */
    private static final Pattern JUNK_WORD = Pattern.compile(
            "(?i)comments?|share|sharing|recommend|recommended|related|relate|relevant|hot|hotnews|rank|ranking|footer|foot|"
                    + "copyright|breadcrumbs?|crumbs?|nav|navbar|navigation|menu|sidebar|aside|advert|advertisement|ads?|banner|tags|"
                    + "keywords?|toolbar|social|subscribe|login|popup|qrcode|erweima|guess|morenews|more");

    /**
     * Words of a class or id that say "this holds the article" (Readability's "maybe a candidate"):
     * a wrapper named {@code entry-content-read-more} or {@code l-sidebar-fixed l-article-body} is
     * not chrome, unless a word names comments or replies.
     */
    private static final Pattern CONTENT_WORD =
            Pattern.compile("(?i)article|articles|content|contents|body|main|post|entry|story|text|column|detail|news");

    private static final Pattern ALWAYS_JUNK_WORD = Pattern.compile("(?i)comments?|reply|replies|footer|copyright");

    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-]+");

    private static final Set<String> DATE_META = Set.of(
            "article:published_time",
            "og:article:published_time",
            "og:release_date",
            "publishdate",
            "publish_date",
            "publish-date",
            "pubdate",
            "publishtime",
            "publish_time",
            "publish-time",
            "ptime",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "dcterms.date",
            "sailthru.date",
            "parsely-pub-date",
            "weibo:article:create_at",
            "article:published",
            "datepublished",
            "firstpublishedtime",
            "og:time",
            "releasedate",
            "release_date",
            "date",
            "article.published",
            "created",
            "createdate",
            "mediapubdate",
            "apub:time",
            "pubtime",
            "publishedtime",
            "publishtime_s");

    private static final Set<String> AUTHOR_META = Set.of(
            "author",
            "article:author",
            "og:article:author",
            "dc.creator",
            "byl",
            "byline",
            "sailthru.author",
            "parsely-author");

    private static final Set<String> SOURCE_META =
            Set.of("source", "article:source", "og:source", "contentsource", "mediasource");

    public static Extracted extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Meta meta = meta(doc);
        Element body = doc.body();
        String h1 = null;
        Element h1el = body.selectFirst("h1");
        if (h1el != null) {
            h1 = h1el.text().strip();
        }
        for (Element e : body.select(String.join(",", DROP))) {
            e.remove();
        }
        Map<Element, Stats> stats = new IdentityHashMap<>();
        measure(body, stats);
        markJunk(body, stats);
        List<Element> content = mainContent(body, stats);
        Set<Element> contentSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        contentSet.addAll(content);
        LineBuilder lb = new LineBuilder(stats, contentSet);
        lb.walk(body);
        lb.flush();
        return new Extracted(lb.lines, lb.flags, meta, h1);
    }

    /**
     * The main text alone, paragraphs joined by {@code \n}: the content lines of {@link #extract},
     * with no language check, script conversion or Chinese line rules (so it works on any script).
     */
    public static String mainText(String html, String baseUrl) {
        Extracted ex = extract(html, baseUrl);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ex.lines().size(); i++) {
            if (ex.inContent().get(i)) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(ex.lines().get(i));
            }
        }
        return b.toString();
    }

    /** The chosen content containers as {@code tag.class#id} paths (for tests and tuning). */
    static List<String> describeContent(String html) {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        for (Element e : body.select(String.join(",", DROP))) {
            e.remove();
        }
        Map<Element, Stats> stats = new IdentityHashMap<>();
        measure(body, stats);
        markJunk(body, stats);
        List<String> out = new ArrayList<>();
        for (Element e : mainContent(body, stats)) {
            StringBuilder b = new StringBuilder();
            for (Element x = e; x != null && x != body; x = x.parent()) {
                b.insert(
                        0,
                        " > " + x.normalName() + (x.className().isEmpty() ? "" : "." + x.className())
                                + (x.id().isEmpty() ? "" : "#" + x.id()) + (stats.get(x).junk ? "[junk]" : ""));
            }
            out.add(b.toString() + " text=" + stats.get(e).text);
        }
        return out;
    }

    // --- metadata ---------------------------------------------------------------------------

    static Meta meta(Document doc) {
        String title = doc.title();
        String ogTitle = null;
        Instant published = null;
        String author = null;
        String source = null;
        String url = null;
        for (Element m : doc.select("meta")) {
            String key = firstNonEmpty(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"))
                    .toLowerCase(Locale.ROOT)
                    .strip();
            String content = m.attr("content").strip();
            if (key.isEmpty() || content.isEmpty()) {
                continue;
            }
            if (key.equals("og:title") || key.equals("twitter:title")) {
                ogTitle = ogTitle == null ? content : ogTitle;
            } else if (DATE_META.contains(key) && published == null) {
                published = Dates.parseInstant(content);
            } else if (AUTHOR_META.contains(key) && author == null) {
                author = content;
            } else if (SOURCE_META.contains(key) && source == null) {
                source = content;
            } else if (key.equals("og:url") && url == null) {
                url = content;
            }
        }
        Instant updated = null;
        for (Element m : doc.select("meta")) {
            String key = firstNonEmpty(m.attr("property"), m.attr("name"), m.attr("itemprop"))
                    .toLowerCase(Locale.ROOT)
                    .strip();
            if (updated == null && UPDATE_META.contains(key)) {
                updated = Dates.parseInstant(m.attr("content"));
            }
        }
        Instant marked = null;
        for (Element t : doc.select(DATE_ELEMENTS)) {
            marked = Dates.parseInstant(
                    firstNonEmpty(t.attr("datetime"), t.text().length() <= 40 ? t.text() : ""));
            if (marked != null) {
                break;
            }
        }
        if (marked == null) {
            marked = updated;
        }
        for (Element t : doc.select("[itemprop=datePublished]")) {
            if (published == null) {
                published = Dates.parseInstant(firstNonEmpty(t.attr("content"), t.attr("datetime"), t.text()));
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                for (JsonNode o : n.isArray() ? n : java.util.List.of(n)) {
                    JsonNode graph = o.get("@graph");
                    for (JsonNode x : graph != null && graph.isArray() ? graph : java.util.List.of(o)) {
                        if (published == null && x.hasNonNull("datePublished")) {
                            published =
                                    Dates.parseInstant(x.get("datePublished").asText());
                        }
                        if (ogTitle == null && x.hasNonNull("headline")) {
                            ogTitle = x.get("headline").asText();
                        }
                        if (author == null && x.has("author")) {
                            JsonNode a = x.get("author");
                            JsonNode a0 = a.isArray() && a.size() > 0 ? a.get(0) : a;
                            author = a0.isTextual()
                                    ? a0.asText()
                                    : a0.hasNonNull("name") ? a0.get("name").asText() : null;
                        }
                    }
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the rest of the page still counts
            }
        }
        if (url == null) {
            Element c = doc.selectFirst("link[rel=canonical]");
            if (c != null && !c.attr("href").isBlank()) {
                url = c.absUrl("href").isEmpty() ? c.attr("href") : c.absUrl("href");
            }
        }
        return new Meta(
                blankToNull(title),
                blankToNull(ogTitle),
                published,
                blankToNull(author),
                blankToNull(source),
                blankToNull(url),
                marked);
    }

    private static String firstNonEmpty(String... xs) {
        for (String x : xs) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- density ----------------------------------------------------------------------------

    /** Text length, link text length, punctuation and own (direct) text length of an element. */
    static final class Stats {
        int text;
        int link;
        int punct;
        int own;
        int ownPunct;
        /** This element or an ancestor is chrome by tag or class (nav, footer, comment-list…). */
        boolean junk;
    }

    /**
     * Fills {@code stats} bottom-up for every element under {@code root}. Iterative (jsoup's
     * traversor), so a page of 20 000 nested divs cannot overflow the stack.
     */
    private static void measure(Element root, Map<Element, Stats> stats) {
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e) {
                            Stats s = new Stats();
                            Stats parent = e == root ? null : stats.get(e.parent());
                            s.junk = parent != null && parent.junk;
                            stats.put(e, s);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (!(node instanceof Element e)) {
                            return;
                        }
                        Stats s = stats.get(e);
                        boolean isLink = e.normalName().equals("a");
                        for (Node child : e.childNodes()) {
                            if (child instanceof TextNode t) {
                                String txt = t.text();
                                int len = visibleLength(txt);
                                int p = punctuation(txt);
                                s.text += len;
                                s.punct += p;
                                s.own += len;
                                s.ownPunct += p;
                                if (isLink) {
                                    s.link += len;
                                }
                            } else if (child instanceof Element c) {
                                Stats cs = stats.get(c);
                                s.text += cs.text;
                                s.punct += cs.punct;
                                s.link += isLink ? cs.text : cs.link;
                                if (!BLOCK.contains(c.normalName())) {
                                    // inline children (span, strong, font) are part of this block's own prose
                                    s.own += cs.text - cs.link;
                                    s.ownPunct += cs.punct;
                                }
                            }
                        }
                    }
                },
                root);
    }

    /**
     * Sentence punctuation in any script: the Chinese marks of {@link Boilerplate#punctuation}, and
     * {@code . ; ! ? :} followed by a space or the end (Latin prose), so structure scoring does not
     * depend on the script.
     */
    static int punctuation(String s) {
        int k = Boilerplate.punctuation(s);
        if (!LATIN_PUNCT) {
            return k;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == ';' || c == '!' || c == '?' || c == ':')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
                    && i > 0
                    && Character.isLetter(s.charAt(i - 1))) {
                k++;
            }
        }
        return k;
    }

    /** Switch for the Latin sentence marks (measured on and off). */
    static boolean LATIN_PUNCT = !Boolean.getBoolean("rp.extract.noLatinPunct");

    /**
     * Marks chrome top-down once the text is counted: an element is chrome by tag or class/id
     * ({@link #excluded}), or inside such an element, except a wrapper that holds at least half of
     * the page's unlinked text (a page-wide {@code container … sidebar} class is layout, not chrome).
     */
    private static void markJunk(Element root, Map<Element, Stats> stats) {
        Stats rs = stats.get(root);
        int pageProse = rs.text - rs.link;
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e && e != root) {
                            Stats s = stats.get(e);
                            Stats parent = stats.get(e.parent());
                            boolean heavy = HEAVY_WRAPPERS && (s.text - s.link) * 2 >= pageProse && pageProse > 0;
                            s.junk = parent != null && parent.junk || excluded(e) && !heavy;
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {}
                },
                root);
    }

    /** Switch for the heavy-wrapper exception (measured on and off). */
    static boolean HEAVY_WRAPPERS = !Boolean.getBoolean("rp.extract.noHeavyWrappers");

    private static int visibleLength(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                k++;
            }
        }
        return k;
    }

    static double linkDensity(Stats s) {
        return s == null || s.text == 0 ? 0 : (double) s.link / s.text;
    }

    static boolean excluded(Element e) {
        if (NOT_CONTENT.contains(e.normalName())) {
            return true;
        }
        String ci = e.className() + " " + e.id();
        if (ci.length() < 3) {
            return false;
        }
        boolean junk = false;
        boolean contentWord = false;
        for (String token : ci.split("\\s+")) {
            // WordPress puts "tag-…" and "category-…" on the article itself
            if (token.isEmpty() || token.startsWith("tag-") || token.startsWith("category-")) {
                continue;
            }
            for (String w : WORD_SPLIT.split(token)) {
                if (w.isEmpty()) {
                    continue;
                }
                if (ALWAYS_JUNK_WORD.matcher(w).matches()) {
                    return true;
                }
                junk |= JUNK_WORD.matcher(w).matches();
                contentWord |= CONTENT_WORD.matcher(w).matches();
            }
        }
        return junk && !(CONTENT_HINTS && contentWord);
    }

    /** Switch for the content-word exception (measured on and off in EnglishBenchmarkTest). */
    static boolean CONTENT_HINTS = !Boolean.getBoolean("rp.extract.noContentHints");

    /** The article container(s) in document order; the body when nothing scores. */
    static List<Element> mainContent(Element body, Map<Element, Stats> stats) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            Stats s = stats.get(e);
            if (s == null || s.own < 20 || s.junk) {
                continue;
            }
            if (s.ownPunct == 0 && s.own < 60) {
                continue; // a caption or a headline, not prose
            }
            String own = e.ownText();
            if (Boilerplate.isChrome(own.length() > 200 ? own.substring(0, 200) : own)) {
                continue; // disclaimers and copyright notes are prose too, but never the article
            }
            double paragraph = 1 + s.ownPunct + Math.min(s.own / 100.0, 3);
            Element parent = e.parent();
            if (!e.normalName().equals("p")) {
                score.merge(e, paragraph, Double::sum);
            }
            if (parent != null && stats.containsKey(parent)) {
                score.merge(parent, paragraph, Double::sum);
                Element gp = parent.parent();
                if (gp != null && stats.containsKey(gp)) {
                    score.merge(gp, paragraph / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : score.entrySet()) {
            double v = en.getValue() * (1 - linkDensity(stats.get(en.getKey())));
            if (LIST_CHECK && teaserList(en.getKey(), stats)) {
                v *= TEASER_PENALTY; // a feed of teasers (link + summary) outweighs short articles by bulk alone
            }
            if (v > bestScore) {
                bestScore = v;
                best = en.getKey();
            }
        }
        List<Element> out = new ArrayList<>();
        if (best == null) {
            out.add(body);
            return out;
        }
        if (THREAD_RULE) {
            Element first = firstPost(best, score);
            if (first != null) {
                out.add(first);
                return out;
            }
        }
        Element parent = best.parent();
        if (parent == null || best == body) {
            out.add(best);
            return out;
        }
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || excluded(sib)) {
                continue;
            }
            double v = score.getOrDefault(sib, 0.0) * (1 - linkDensity(s));
            boolean prose = sib.normalName().equals("p") && s.text > 60 && linkDensity(s) < 0.25 && s.punct > 0;
            if (v >= threshold || prose) {
                out.add(sib);
            }
        }
        return out;
    }

    /** Switch for the thread rule (measured on and off). */
    static boolean THREAD_RULE = !Boolean.getBoolean("rp.extract.noThreadRule");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Tag, classes and id with digits removed: {@code div#post_1003} and {@code div#post_1001} share one. */
    static String signature(Element e) {
        return e.normalName() + "." + DIGITS.matcher(e.className()).replaceAll("") + "#"
                + DIGITS.matcher(e.id()).replaceAll("");
    }

    /**
     * A forum thread: the best block sits in one of three or more sibling blocks of one signature
     * (posts) that differ only by number. The first post is the content, so the best-scoring block
     * inside the first sibling is returned; null when {@code best} is not in such a run, when it is
     * already in the first post, or when the first post holds no scored prose.
     */
    static Element firstPost(Element best, Map<Element, Double> score) {
        Element a = best;
        for (int depth = 0; depth < 14 && a != null && a.parent() != null; depth++, a = a.parent()) {
            String sig = signature(a);
            if (!DIGITS.matcher(a.className() + a.id()).find()) {
                continue; // posts are numbered (post_1003, pid1003); bare repeated blocks are not posts
            }
            List<Element> same = new ArrayList<>();
            for (Element sib : a.parent().children()) {
                if (signature(sib).equals(sig)) {
                    same.add(sib);
                }
            }
            if (same.size() < 3 || !numberedApart(same)) {
                continue;
            }
            Element first = same.get(0);
            if (first == a) {
                return null;
            }
            Element pick = null;
            double top = 0;
            for (Element x : first.getAllElements()) {
                double v = score.getOrDefault(x, 0.0);
                if (v > top) {
                    top = v;
                    pick = x;
                }
            }
            return pick;
        }
        return null;
    }

    /** Every block has its own number ({@code post_1001}, {@code post_1002}…), not one shared hashed class. */
    private static boolean numberedApart(List<Element> same) {
        java.util.Set<String> raw = new java.util.HashSet<>();
        for (Element e : same) {
            raw.add(e.className() + "#" + e.id());
        }
        return raw.size() == same.size();
    }

    /** Switch for the teaser-list check (measured on and off). */
    static boolean LIST_CHECK = !Boolean.getBoolean("rp.extract.noListCheck");

    static double TEASER_PENALTY = 0.2;

    /**
     * A container whose children are mostly teasers: at least four children with text, at least 60 %
     * of them teasers (not a {@code <p>}, under 150 characters, a fifth or more of it linked), and
     * under 30 % of the text the container's own (a headline with a one-line summary, a
     * list of posts). Structure only, so it works in any script.
     */
    static boolean teaserList(Element e, Map<Element, Stats> stats) {
        int withText = 0;
        int teasers = 0;
        for (Element c : e.children()) {
            Stats cs = stats.get(c);
            if (cs == null || cs.text == 0) {
                continue;
            }
            withText++;
            if (cs.link * 5 >= cs.text && cs.text < 150 && !c.normalName().equals("p")) {
                teasers++;
            }
        }
        Stats s = stats.get(e);
        // text written straight into the container (paragraphs split by <br>) is prose, not a list
        return withText >= 4 && teasers * 10 >= withText * 6 && s.own * 10 < s.text * 3;
    }

    // --- lines ------------------------------------------------------------------------------

    /** Turns the DOM into lines, marking those inside the content and skipping link lists in it. */
    private static final class LineBuilder {
        final List<String> lines = new ArrayList<>();
        final List<Boolean> flags = new ArrayList<>();
        final Map<Element, Stats> stats;
        final Set<Element> content;
        final StringBuilder cur = new StringBuilder();
        boolean curContent;

        LineBuilder(Map<Element, Stats> stats, Set<Element> content) {
            this.stats = stats;
            this.content = content;
        }

        /** Iterative walk: the first content (or skipped) ancestor is remembered until its tail. */
        void walk(Element root) {
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        Element contentRoot;
                        Element skipRoot;

                        @Override
                        public void head(Node node, int depth) {
                            if (node instanceof TextNode t) {
                                String s = t.text();
                                if (!s.isBlank()) {
                                    if (cur.length() == 0) {
                                        curContent = contentRoot != null && skipRoot == null;
                                    }
                                    cur.append(s);
                                } else if (cur.length() > 0) {
                                    cur.append(' ');
                                }
                                return;
                            }
                            if (!(node instanceof Element e)) {
                                return;
                            }
                            if (contentRoot == null && content.contains(e)) {
                                contentRoot = e;
                            }
                            if (contentRoot != null && skipRoot == null && isLinkListOrJunk(e)) {
                                skipRoot = e;
                            }
                            if (BLOCK.contains(e.normalName())) {
                                flush();
                            }
                        }

                        @Override
                        public void tail(Node node, int depth) {
                            if (!(node instanceof Element e)) {
                                return;
                            }
                            if (BLOCK.contains(e.normalName())) {
                                flush();
                            }
                            if (e == skipRoot) {
                                skipRoot = null;
                            }
                            if (e == contentRoot) {
                                contentRoot = null;
                            }
                        }
                    },
                    root);
        }

        boolean isLinkListOrJunk(Element e) {
            Stats s = stats.get(e);
            if (s == null || s.text == 0) {
                return false;
            }
            String n = e.normalName();
            if (content.contains(e)) {
                return false;
            }
            if (excluded(e) && s.punct < 10) {
                return true;
            }
            boolean container = n.equals("ul")
                    || n.equals("ol")
                    || n.equals("div")
                    || n.equals("table")
                    || n.equals("section")
                    || n.equals("dl")
                    || n.equals("p")
                    || n.equals("li")
                    || n.equals("td");
            return container && linkDensity(s) > 0.5 && e.select("a").size() >= 2;
        }

        void flush() {
            String s = SPACES.matcher(cur).replaceAll("  ").strip();
            if (!s.isEmpty()) {
                lines.add(s);
                flags.add(curContent);
            }
            cur.setLength(0);
            curContent = false;
        }
    }
}
