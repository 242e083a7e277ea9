package io.regionpulse.regions;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;
import io.regionpulse.text.Sentence;
import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds region mentions in a clean document text, from its segmentation (done once, upstream).
 *
 * <p>Candidates come from one walk of the gazetteer's {@link NameTrie} at each token start; rules
 * then decide:
 *
 * <ul>
 *   <li>a name must start and end on token boundaries ({@code 孙中山} is one token, so no 中山;
 *       {@code 宁波市} never yields 宁夏; {@code 朝阳区} is not 朝阳市), except a name that opens an
 *       organisation token ({@code 北京大学} → 北京, in an organisation);
 *   <li>a name followed by a street word is a street ({@code 江西路}, {@code 北京西路});
 *   <li>guarded short names that are also ordinary words (朝阳, 日照, 来宾, 中山) need a place
 *       context: their province just before ({@code 山东日照}), a list of regions ({@code
 *       青岛、日照}) or a place word after ({@code 日照地区});
 *   <li>东部/中部/西部/东北 count only before a region word ({@code 西部地区}, {@code 东北振兴});
 *   <li>one-character abbreviations count only in combined forms ({@code 川渝}, {@code 鄂湘赣}, a
 *       run of three or more), in fixed patterns ({@code 援疆}) and after travel verbs ({@code
 *       赴沪}, {@code 来京}) — never inside words ({@code 青年}, {@code 新能源}, {@code 在京东});
 *   <li>a county's short name right after its own province or prefecture counts at once, even when
 *       HanLP tags it as a person ({@code 浙江云和}); a district's name without 区 counts only there,
 *       right after its direct parent ({@code 杭州临安}, {@code 佛山南海}; not {@code 广东南海}): see
 *       {@link CountyContext#afterOwnParent};
 *   <li>nothing on a licence or registration line ({@code 京ICP备…}, {@code 京公网安备…}).
 * </ul>
 *
 * <p>Linear in the text length: each token start costs one trie walk bounded by the longest name.
 * Holds no mutable state: one instance may serve many threads.
 */
public final class RegionMatcher {
    private static final Set<String> STREET = Set.of(
            "路", "街", "大街", "大道", "道", "巷", "胡同", "东路", "西路", "南路", "北路", "中路", "东街", "西街", "南街", "北街", "路口", "一路",
            "二路", "三路", "小区");
    private static final Set<String> SUBUNIT = Set.of("区", "县", "镇", "乡", "村", "旗");
    private static final Set<String> WORD_CONTEXT =
            Set.of("地区", "一带", "境内", "市区", "市民", "全市", "等地", "等市", "两地", "三地", "籍", "市委", "市政府", "当地", "方面", "市场监管局");
    private static final Set<String> MACRO_CONTEXT = Set.of(
            "地区", "省份", "省区", "省市", "沿海", "各省", "城市", "大开发", "崛起", "振兴", "三省", "四省", "老工业基地", "地带", "区域", "边疆", "农村",
            "欠发达", "发达", "片区", "十二省", "12省", "六省", "各地", "省", "全面振兴", "开发", "崛起战略", "陆海新通道", "大省", "经济");
    private static final Set<String> ORG_WORDS = Set.of(
            "大学", "中学", "小学", "学院", "公司", "集团", "银行", "政府", "医院", "法院", "检察院", "海关", "交易所", "研究所", "事务所", "委员会", "商会",
            "协会", "学会", "联合会", "俱乐部", "人大", "政协", "党委", "总工会", "电视台", "电台", "日报", "晚报", "报社", "出版社", "科学院", "研究院",
            "管委会");
    private static final String ORG_LAST_CHARS = "局厅委办院校社馆队署";
    /** Institution-suffix words (HanLP tags them nis) that name a place or a plan, not a body. */
    private static final Set<String> NOT_ORG =
            Set.of("中心", "基地", "园区", "平台", "高地", "枢纽", "产业园", "示范区", "试验区", "集群", "城", "区", "新区", "片区", "港", "港区", "园");
    /** What may follow a name inside one HanLP token: 青岛港, 北京市民, 沈阳和 (a person-name glitch). */
    private static final Set<String> TOKEN_TAILS = Set.of(
            "港", "港口", "港区", "市区", "市民", "站", "南站", "北站", "东站", "西站", "机场", "境内", "全境", "籍", "和", "与", "及", "同", "跟",
            "等", "的", "在", "是", "将", "也", "都", "就", "为", "对", "向", "从", "人");
    /** Common one-character surnames: 王|沪宁 is the person 王沪宁 split by the segmenter. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡余杜叶程苏" + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔汤";

    private static final Set<String> DIRECTIONS =
            Set.of("南部", "北部", "东部", "西部", "中部", "东南部", "西南部", "东北部", "西北部", "南", "北", "东", "西");
    private static final String LIST_SEPARATORS = "、，,和与及跟同 ";
    private static final String[] LICENCE_MARKS = {"ICP", "公网安备", "网安备", "备案号", "增值电信业务"};

    private final Gazetteer gazetteer;
    private final NameTrie trie;
    /** Sorted characters that may start an abbreviation run or a verb pattern: a cheap first filter. */
    private final char[] patternChars;

    public RegionMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.trie = gazetteer.trie();
        java.util.TreeSet<Character> cs =
                new java.util.TreeSet<>(gazetteer.abbreviations().keySet());
        cs.addAll(gazetteer.prefixPatterns().keySet());
        char[] arr = new char[cs.size()];
        int i = 0;
        for (char c : cs) {
            arr[i++] = c;
        }
        this.patternChars = arr;
    }

    private boolean mayStartPattern(char c) {
        return java.util.Arrays.binarySearch(patternChars, c) >= 0;
    }

    /**
     * {@code "重庆市科技局与四川省合作"} → [重庆市 500000 full_name in_organization, 四川省 510000
     * full_name].
     *
     * @param text the document text
     * @param tokens the HanLP segmentation of {@code text} (offsets into it)
     * @param sentences the sentence split of {@code text}
     */
    public List<RegionMention> find(String text, List<Token> tokens, List<Sentence> sentences) {
        Doc d = new Doc(text, tokens);
        List<Hit> hits = new ArrayList<>();
        List<Hit> pending = new ArrayList<>();
        int n = text.length();
        int p = 0;
        while (p < n) {
            if (!d.start[p] || d.banned(p)) {
                p++;
                continue;
            }
            int consumed = match(d, p, hits, pending);
            p += Math.max(consumed, 1);
        }
        List<Hit> counties = new ArrayList<>();
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).surface.kind() == Surface.Kind.COUNTY) {
                counties.add(0, pending.remove(i));
            }
        }
        resolveGuarded(d, hits, pending);
        if (!counties.isEmpty()) {
            CountyContext.resolve(gazetteer, hits, counties);
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.start).thenComparingInt(h -> h.order));
        return toMentions(text, hits, sentences);
    }

    /** Tries every candidate at {@code p}, longest first; returns the length consumed (0: none). */
    private int match(Doc d, int p, List<Hit> hits, List<Hit> pending) {
        List<Surface> cands = trie.matchesAt(d.text, p);
        boolean pattern = mayStartPattern(d.text.charAt(p));
        if (cands.isEmpty() && !pattern) {
            return 0;
        }
        int run = pattern ? abbreviationRun(d, p) : 0;
        int maxLen = cands.isEmpty() ? 0 : cands.get(cands.size() - 1).text().length();
        if (run >= 3 && run > maxLen && acceptRun(d, p, run, hits)) {
            return run;
        }
        for (int i = cands.size() - 1; i >= 0; i--) {
            Surface s = cands.get(i);
            int len = s.text().length();
            if (run >= 3 && run > len && acceptRun(d, p, run, hits)) {
                return run;
            }
            if (accept(d, p, s, hits, pending)) {
                return len;
            }
        }
        if (run >= 3 && acceptRun(d, p, run, hits)) {
            return run;
        }
        return pattern ? matchVerbPattern(d, p, hits) : 0;
    }

    private boolean accept(Doc d, int p, Surface s, List<Hit> hits, List<Hit> pending) {
        int e = p + s.text().length();
        Token first = d.tokenAt(p);
        boolean aligned = d.end[e];
        boolean orgPrefix = false;
        if (!aligned
                && s.kind() == Surface.Kind.NAME
                && s.guard() == Surface.Guard.NONE
                && s.text().length() >= 2
                && nameFollows(d, e)) {
            // 内蒙|古巴|彦淖尔: the segmenter cut across two names written together (内蒙古巴彦淖尔)
            d.start[e] = true;
            d.end[e] = true;
            aligned = true;
        }
        if (!aligned) {
            if (first == null || first.start() != p || first.end() <= e) {
                return false;
            }
            String pos = first.pos();
            if (s.kind() == Surface.Kind.NAME && s.guard() == Surface.Guard.NONE && isOrgPos(pos)) {
                orgPrefix = true;
            } else if (s.kind() == Surface.Kind.NAME
                    && s.guard() == Surface.Guard.NONE
                    && TOKEN_TAILS.contains(d.text.substring(e, first.end()))) {
                orgPrefix = false;
            } else if (s.kind() == Surface.Kind.NAME
                    && s.guard() == Surface.Guard.NONE
                    && pos.equals("nz")
                    && s.text().length() >= 2
                    && !first.word().endsWith("时间")) {
                orgPrefix = false; // 南京大屠杀, 西安事变, 上海话: a proper noun named after the place
            } else if (s.kind() == Surface.Kind.COMBINED
                    && !pos.startsWith("nr")
                    && s.text().length() >= 2
                    && (pos.startsWith("n") || pos.equals("j"))) {
                orgPrefix = isOrgPos(pos);
            } else {
                return false;
            }
        }
        Token next = aligned ? d.tokenStartingAt(e) : null;
        String nextWord = next == null ? "" : next.word();
        switch (s.kind()) {
            case PATTERN -> {
                // 援疆 must stand on its own: 援青支宁 (one garbled token) is not 援青.
                if (!aligned) {
                    return false;
                }
                hits.add(new Hit(e - 1, e, s.code(), MatchType.ABBREVIATION, false, hits.size()));
                return true;
            }
            case COMBINED -> {
                if (first != null
                        && first.start() == p
                        && first.end() == e
                        && first.pos().startsWith("nr")) {
                    return false; // 鲁豫 the talk-show host
                }
                if (partOfPersonName(d, p, e)) {
                    return false;
                }
                Region firstMember = gazetteer.get(s.members().get(0));
                if (firstMember.level().equals("macro_region") && directionInsideAPlace(d, p, hits)) {
                    return false; // 美国中西部 is the American Midwest
                }
                boolean org = orgPrefix || (aligned && organisationFollows(d, e));
                for (String m : s.members()) {
                    hits.add(new Hit(p, e, m, MatchType.COMBINED, org, hits.size()));
                }
                return true;
            }
            default -> {
                if (aligned && (STREET.contains(nextWord) || nextWord.startsWith("路") || nextWord.equals("时间"))) {
                    return false;
                }
                if (aligned && s.matchType() != MatchType.FULL_NAME && SUBUNIT.contains(nextWord)) {
                    return false; // 朝阳|区 is a district of the same name, not 朝阳市
                }
                boolean countyShortName = s.kind() == Surface.Kind.COUNTY && s.matchType() == MatchType.SHORT_NAME;
                String afterParent = countyShortName ? CountyContext.afterOwnParent(gazetteer, s, hits, p) : null;
                if (s.guard() == Surface.Guard.PARENT && afterParent == null) {
                    return false; // 南海 alone is the sea; 临安 without 杭州 right before is not counted
                }
                if (afterParent == null
                        && s.matchType() != MatchType.FULL_NAME
                        && s.text().length() <= 2
                        && partOfPersonName(d, p, e)) {
                    return false;
                }
                if (s.matchType() != MatchType.FULL_NAME && endOfTransliteration(d.text, p, e, hits)) {
                    return false; // 别尔哥罗德州, 南里奥格兰德州: the end of a foreign name, not 德州
                }
                if (afterParent == null && countyShortName && notACountyHere(d, p, e, hits)) {
                    return false; // 于是周|文昌, 北安|普敦县, 高峡|平湖, 邻水|而|植
                }
                Region region = s.code() == null ? null : gazetteer.get(s.code());
                if (region != null
                        && region.regionLevel() == RegionLevel.MACRO_REGION
                        && directionInsideAPlace(d, p, hits)) {
                    return false;
                }
                if (countyShortName
                        && !CountyContext.placeLike(first, p, e)
                        && !(afterParent != null && first != null && first.pos().startsWith("nr"))
                        && !CountyContext.countyAfterParent(s, afterParent, nextWord)) {
                    return false; // 合作, 公安, 资源: a county's short name HanLP reads as an ordinary word
                }
                if (afterParent != null) {
                    // 浙江云和, 杭州临安, 南京江宁 (江宁/nr): right after its own province or city
                    boolean org = orgPrefix || (aligned && organisationFollows(d, e));
                    hits.add(new Hit(p, e, afterParent, s.matchType(), org, hits.size() + pending.size()));
                    return true;
                }
                if (aligned
                        && s.matchType() != MatchType.FULL_NAME
                        && first != null
                        && first.start() == p
                        && first.end() == e
                        && (first.pos().startsWith("nr")
                                || (s.guard() != Surface.Guard.NONE && isOrgPos(first.pos())))) {
                    return false; // 中山 in 中山先生 when tagged as a person
                }
                boolean org = orgPrefix || (aligned && organisationFollows(d, e));
                Hit h = new Hit(p, e, s.code(), s.matchType(), org, hits.size() + pending.size());
                switch (s.guard()) {
                    case WORD -> {
                        if (WORD_CONTEXT.contains(nextWord)) {
                            addName(h, s, hits);
                        } else {
                            h.surface = s;
                            pending.add(h);
                        }
                        return true;
                    }
                    case CONTEXT -> {
                        h.surface = s;
                        h.placeWord = first != null
                                && first.start() == p
                                && first.end() == e
                                && first.pos().startsWith("ns")
                                && !CountyContext.glued(d.tokenEndingAt(p))
                                && !CountyContext.glued(d.tokenStartingAt(e));
                        pending.add(h); // 寿光, 鼓楼区: decided once the whole document is read
                        return true;
                    }
                    case MACRO -> {
                        Token next2 = next == null ? null : d.tokenStartingAt(next.end());
                        if (MACRO_CONTEXT.contains(nextWord)
                                || (next2 != null && MACRO_CONTEXT.contains(nextWord + next2.word()))) {
                            addName(h, s, hits);
                        } else {
                            h.surface = s;
                            pending.add(h); // 东部、中部、西部地区: counts when listed with another macro region
                        }
                        return true;
                    }
                    default -> {
                        addName(h, s, hits);
                        return true;
                    }
                }
            }
        }
    }

    /** One code per mention: a group's name (京津冀) is a mention of the group alone. */
    private static void addName(Hit h, Surface s, List<Hit> hits) {
        hits.add(h);
    }

    /** 鄂湘赣, 沪苏浙皖: three or more distinct abbreviations standing as their own word(s). */
    private int abbreviationRun(Doc d, int p) {
        int i = p;
        while (i < d.text.length() && gazetteer.abbreviations().containsKey(d.text.charAt(i)) && i - p < 8) {
            i++;
        }
        int len = i - p;
        while (len >= 3 && !d.end[p + len]) {
            len--;
        }
        if (len < 3) {
            return 0;
        }
        for (int a = p; a < p + len; a++) {
            for (int b = a + 1; b < p + len; b++) {
                if (d.text.charAt(a) == d.text.charAt(b)) {
                    return 0;
                }
            }
        }
        return len;
    }

    private boolean acceptRun(Doc d, int p, int len, List<Hit> hits) {
        Token t = d.tokenAt(p);
        if (t != null && t.start() == p && t.end() == p + len && t.pos().startsWith("nr") && len < 3) {
            return false;
        }
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (int i = p; i < p + len; i++) {
            codes.add(gazetteer.abbreviations().get(d.text.charAt(i)));
        }
        boolean org = organisationFollows(d, p + len);
        for (String c : codes) {
            hits.add(new Hit(p, p + len, c, MatchType.COMBINED, org, hits.size()));
        }
        return true;
    }

    /** A name of two or more characters that starts at {@code e} and ends on a token boundary. */
    private boolean nameFollows(Doc d, int e) {
        List<Surface> next = trie.matchesAt(d.text, e);
        for (int i = next.size() - 1; i >= 0; i--) {
            Surface n = next.get(i);
            if (n.kind() == Surface.Kind.NAME
                    && n.guard() == Surface.Guard.NONE
                    && n.text().length() >= 2
                    && d.end[e + n.text().length()]) {
                return true;
            }
        }
        return false;
    }

    /** 赴沪, 来京, 在渝 (verb + abbreviation) and 京企, 沪籍 (abbreviation + suffix). */
    private int matchVerbPattern(Doc d, int p, List<Hit> hits) {
        String text = d.text;
        if (p + 2 > text.length()) {
            return 0;
        }
        char a = text.charAt(p);
        char b = text.charAt(p + 1);
        if (!d.end[p + 2]) {
            return 0;
        }
        String allowed = gazetteer.prefixPatterns().get(a);
        if (allowed != null
                && allowed.indexOf(b) >= 0
                && (d.start[p + 1] || (d.tokenAt(p) != null && d.tokenAt(p).end() == p + 2))) {
            String code = b == '疆' ? "650000" : gazetteer.abbreviations().get(b);
            if (code != null) {
                hits.add(new Hit(p + 1, p + 2, code, MatchType.ABBREVIATION, false, hits.size()));
                return 2;
            }
        }
        allowed = gazetteer.suffixPatterns().get(b);
        if (allowed != null && allowed.indexOf(a) >= 0) {
            String code = gazetteer.abbreviations().get(a);
            if (code != null) {
                hits.add(new Hit(p, p + 1, code, MatchType.ABBREVIATION, false, hits.size()));
                return 2;
            }
        }
        return 0;
    }

    /** Guarded names (朝阳, 日照) count when their province precedes them or they sit in a list of regions. */
    private void resolveGuarded(Doc d, List<Hit> hits, List<Hit> pending) {
        boolean changed = true;
        while (changed && !pending.isEmpty()) {
            changed = false;
            for (int i = 0; i < pending.size(); i++) {
                Hit h = pending.get(i);
                Region r = gazetteer.get(h.code);
                boolean macro = r.level().equals("macro_region");
                boolean ok = false;
                for (Hit o : hits) {
                    if (macro) {
                        Region or = gazetteer.get(o.code);
                        ok = or != null && or.level().equals("macro_region") && listNeighbours(d.text, o, h);
                    } else if (o.end <= h.start
                            && h.start - o.end <= 1
                            && o.code.equals(r.provinceCode())
                            && !o.code.equals(h.code)
                            && (o.end == h.start || d.text.charAt(o.end) == '省')) {
                        ok = true; // 山东日照, 辽宁省朝阳
                    } else if (listNeighbours(d.text, o, h) && isPlace(o.code)) {
                        ok = true; // 青岛、日照、烟台
                    }
                    if (ok) {
                        break;
                    }
                }
                if (ok) {
                    hits.add(h);
                    pending.remove(i);
                    i--;
                    changed = true;
                }
            }
        }
    }

    private boolean isPlace(String code) {
        Region r = gazetteer.get(code);
        return r != null && r.regionLevel().isDivision();
    }

    private static boolean listNeighbours(String text, Hit a, Hit b) {
        Hit first = a.start < b.start ? a : b;
        Hit second = first == a ? b : a;
        int gap = second.start - first.end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int i = first.end; i < second.start; i++) {
            if (LIST_SEPARATORS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 王|沪宁 (a surname token before a two-character form) and 张高丽|和田|纪|云 (a person before,
     * a stray character after): pieces of a person's name, not places.
     */
    /** Characters of transliterated foreign names (别尔哥罗德, 南里奥格兰德, 特拉维夫, 北安普敦), rare next to a Chinese place. */
    static final String TRANSLITERATION = "尔罗斯哥奥格兰里亚维特克夫基诺卡拉塔纳萨伊索莫赫吉亨利普敦";

    /**
     * A short name (德州) whose two preceding characters are transliteration characters, with no place
     * ending where it starts (拉萨林芝 is two places), and that ends a name followed by nothing Chinese-
     * place-like: the tail of a transliterated foreign name (别尔哥罗德州 read as 德州).
     */
    static boolean endOfTransliteration(String text, int p, int e, List<Hit> hits) {
        if (p < 2 || !transliterationPair(text, p - 2)) {
            return false;
        }
        for (Hit h : hits) {
            if (h.end == p) {
                return false;
            }
        }
        return true;
    }

    /**
     * A county's short name (not right after its own parent) that is part of something else: a person's
     * name or a phrase HanLP took for one right before it (于是周|文昌 — 周文昌; 高峡|平湖, the scenery
     * phrase), the start of a transliterated foreign name (北安|普敦县, Northampton), or the first half of
     * a four-character "X而V" phrase (邻水而植, 临江而建: 而 and a one-character verb, no preposition
     * before the name as in 从平湖而来).
     */
    private boolean notACountyHere(Doc d, int p, int e, List<Hit> hits) {
        Token prev = d.tokenEndingAt(p);
        if (prev != null && prev.pos().startsWith("nr") && !endsAt(hits, p)) {
            return true;
        }
        if (startOfTransliteration(d, e)) {
            return true;
        }
        Token next = d.tokenStartingAt(e);
        Token verb = next == null ? null : d.tokenStartingAt(next.end());
        return next != null
                && next.word().equals("而")
                && verb != null
                && verb.word().length() == 1
                && verb.pos().startsWith("v")
                && (prev == null || !prev.pos().startsWith("p"));
    }

    /** Two transliteration characters right after the name, and no region name starting there. */
    private boolean startOfTransliteration(Doc d, int e) {
        return e + 2 <= d.text.length()
                && transliterationPair(d.text, e)
                && trie.matchesAt(d.text, e).isEmpty();
    }

    /** The two characters at {@code i} are both {@link #TRANSLITERATION} characters. */
    private static boolean transliterationPair(String text, int i) {
        return TRANSLITERATION.indexOf(text.charAt(i)) >= 0 && TRANSLITERATION.indexOf(text.charAt(i + 1)) >= 0;
    }

    private static boolean partOfPersonName(Doc d, int p, int e) {
        Token prev = d.tokenEndingAt(p);
        if (prev == null) {
            return false;
        }
        if (e - p == 2
                && prev.word().length() == 1
                && SURNAMES.indexOf(prev.word().charAt(0)) >= 0
                && (prev.pos().startsWith("nr")
                        || prev.pos().equals("n")
                        || prev.pos().equals("ng"))) {
            return true;
        }
        Token next = d.tokenStartingAt(e);
        return prev.pos().startsWith("nr")
                && next != null
                && next.word().length() == 1
                && (next.pos().startsWith("ng")
                        || next.pos().startsWith("nr")
                        || next.pos().equals("vg")
                        || next.pos().equals("g"));
    }

    /** 辽宁|西部, 安大略省|南部|和|东部地区: a direction inside a place, not a macro region. */
    private static boolean directionInsideAPlace(Doc d, int p, List<Hit> hits) {
        Token prev = d.tokenEndingAt(p);
        if (prev == null) {
            return false;
        }
        if (prev.pos().startsWith("ns") || endsAt(hits, p)) {
            return true;
        }
        if (prev.word().length() == 1 && LIST_SEPARATORS.indexOf(prev.word().charAt(0)) >= 0) {
            Token dir = d.tokenEndingAt(prev.start());
            if (dir != null && DIRECTIONS.contains(dir.word())) {
                Token place = d.tokenEndingAt(dir.start());
                return place != null && place.pos().startsWith("ns");
            }
        }
        return false;
    }

    private static boolean endsAt(List<Hit> hits, int p) {
        for (int i = hits.size() - 1; i >= 0 && i >= hits.size() - 6; i--) {
            if (hits.get(i).end == p) {
                return true;
            }
        }
        return false;
    }

    /** 重庆市|科技局, 合肥|工业|大学: an organisation word within the next few noun tokens. */
    private static boolean organisationFollows(Doc d, int e) {
        int k = d.tokenIndexStartingAt(e);
        if (k < 0) {
            return false;
        }
        for (int j = k; j < d.tokens.size() && j < k + 4; j++) {
            Token t = d.tokens.get(j);
            String pos = t.pos();
            String w = t.word();
            if (NOT_ORG.contains(w)) {
                return false;
            }
            if (isOrgPos(pos)
                    || endsWithOrgWord(w)
                    || (ORG_LAST_CHARS.indexOf(w.charAt(w.length() - 1)) >= 0
                            && (pos.startsWith("n") || pos.equals("j")))) {
                return true;
            }
            boolean nounish = pos.startsWith("n")
                    || pos.equals("vn")
                    || pos.equals("j")
                    || pos.equals("b")
                    || pos.startsWith("g");
            if (!nounish || j > k && (d.tokens.get(j - 1).end() != t.start())) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWithOrgWord(String w) {
        for (String o : ORG_WORDS) {
            if (w.endsWith(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrgPos(String pos) {
        return pos.startsWith("nt") || pos.equals("nis");
    }

    private List<RegionMention> toMentions(String text, List<Hit> hits, List<Sentence> sentences) {
        List<RegionMention> out = new ArrayList<>(hits.size());
        int si = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Hit h : hits) {
            if (!seen.add(h.start + ":" + h.end + ":" + h.code)) {
                continue;
            }
            while (si + 1 < sentences.size() && sentences.get(si).end() <= h.start) {
                si++;
            }
            int sentenceIndex = sentences.isEmpty() ? 0 : sentences.get(si).index();
            Region r = gazetteer.get(h.code);
            out.add(new RegionMention(
                    sentenceIndex,
                    h.start,
                    h.end,
                    text.substring(h.start, h.end),
                    r.code(),
                    r.name(),
                    r.regionLevel(),
                    r.provinceCode(),
                    h.matchType,
                    h.inOrg));
        }
        return out;
    }

    static final class Hit {
        final int start;
        final int end;
        String code;
        final MatchType matchType;
        final boolean inOrg;
        final int order;
        Surface surface;
        /** The name is one token HanLP tags as a place (寿光/ns), not pieces of unknown text. */
        boolean placeWord;

        Hit(int start, int end, String code, MatchType matchType, boolean inOrg, int order) {
            this.start = start;
            this.end = end;
            this.code = code;
            this.matchType = matchType;
            this.inOrg = inOrg;
            this.order = order;
        }
    }

    /** Token boundaries and licence lines of one text. */
    private static final class Doc {
        final String text;
        final List<Token> tokens;
        final boolean[] start;
        final boolean[] end;
        final int[] tokenOf;
        final List<int[]> banned;

        Doc(String text, List<Token> tokens) {
            this.text = text;
            int n = text.length();
            List<Token> ts = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                if (t.start() >= 0 && t.end() <= n && !t.word().isEmpty()) {
                    ts.add(t);
                }
            }
            this.tokens = ts;
            start = new boolean[n + 1];
            end = new boolean[n + 1];
            tokenOf = new int[n];
            java.util.Arrays.fill(tokenOf, -1);
            if (ts.isEmpty()) {
                java.util.Arrays.fill(start, true);
                java.util.Arrays.fill(end, true);
            }
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                start[t.start()] = true;
                end[t.end()] = true;
                for (int k = t.start(); k < t.end(); k++) {
                    tokenOf[k] = i;
                }
            }
            start[n] = true;
            end[0] = true;
            end[n] = true;
            // Licence and registration lines (京ICP备12345号, 京公网安备…) never carry mentions: the
            // whole line when it is short (a footer line), else a window around the mark.
            List<int[]> ranges = new ArrayList<>(0);
            for (String m : LICENCE_MARKS) {
                for (int i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + m.length())) {
                    int ls = text.lastIndexOf('\n', i) + 1;
                    int le = text.indexOf('\n', i);
                    le = le < 0 ? n : le;
                    if (le - ls > 200) {
                        ls = Math.max(ls, i - 40);
                        le = Math.min(le, i + 40);
                    }
                    ranges.add(new int[] {ls, le});
                }
            }
            banned = ranges;
        }

        boolean banned(int p) {
            for (int[] r : banned) {
                if (p >= r[0] && p < r[1]) {
                    return true;
                }
            }
            return false;
        }

        Token tokenAt(int p) {
            int i = p < tokenOf.length ? tokenOf[p] : -1;
            return i < 0 ? null : tokens.get(i);
        }

        Token tokenEndingAt(int p) {
            if (p <= 0) {
                return null;
            }
            Token t = tokenAt(p - 1);
            return t != null && t.end() == p ? t : null;
        }

        Token tokenStartingAt(int p) {
            int i = tokenIndexStartingAt(p);
            return i < 0 ? null : tokens.get(i);
        }

        int tokenIndexStartingAt(int p) {
            if (p >= tokenOf.length) {
                return -1;
            }
            int i = tokenOf[p];
            return i >= 0 && tokens.get(i).start() == p ? i : -1;
        }
    }
}
