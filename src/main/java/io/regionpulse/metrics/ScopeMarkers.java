package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import java.util.List;

/**
 * National and foreign markers (issue 15): the words that make a figure the country's (全国, 我国, 国家, a national
 * ministry) or foreign (全球, 美国, 个国家), and the readings of those words that are no scope: a rank (全球首台), a
 * benchmark (占全国的), a partner (对欧盟出口), an honour (国家级), a title (《…》). Pure; rows in
 * {@code ScopeMarkersTest}.
 */
final class ScopeMarkers {
    private ScopeMarkers() {}

    /**
     * The country's armed forces (海军南宁舰…载着678人): national after 中国, 我 or 人民 (中国海军, 我军, 人民解放军), or on
     * their own before a warship of theirs (海军南宁舰); after another name they are that country's (巴基斯坦海军, 美国海军),
     * in a list one body of several (公安、消防、武警等1000余人), and alone (陆军战术导弹) no scope.
     */
    private static final List<String> ARMED_FORCES = List.of("解放军", "海军", "空军", "陆军", "火箭军", "武警");

    /**
     * Words that make a figure national: the country, the state, the central budget, a national
     * ministry, the country's armed forces ({@link #ARMED_FORCES}, read by {@link #armedForcesOfTheCountry}). 国家
     * followed by 级/重点/高新… is an honour a local unit holds, not the country.
     */
    static final List<String> NATIONAL = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            "全国",
                            "我国",
                            "国内",
                            "中国",
                            "国家",
                            "中央",
                            "国务院",
                            "海关总署",
                            "商务部",
                            "财政部",
                            "教育部",
                            "科技部",
                            "工业和信息化部",
                            "工信部",
                            "农业农村部",
                            "交通运输部",
                            "文化和旅游部",
                            "人力资源和社会保障部",
                            "人社部",
                            "水利部",
                            "生态环境部",
                            "自然资源部",
                            "住房和城乡建设部",
                            "国铁集团",
                            "中国人民银行",
                            "央行",
                            "外汇局",
                            "民航局"),
                    ARMED_FORCES.stream())
            .toList();

    private static final List<String> ARMED_FORCES_OWNERS = List.of("中国", "我", "人民", "我国");

    /**
     * National bodies whose delegates are counted by place: 台湾省第十四届全国人民代表大会代表13名, 江苏省的全国人大代表 —
     * the place's delegation, not the country's figure.
     */
    private static final List<String> NATIONAL_BODIES = List.of("人民代表大会", "人大", "政协");

    /** 世界一流大学, 世界级产业集群, 世界领先水平: a standard of quality, not the world as the figure's scope. */
    private static final List<String> QUALITY_AFTER_WORLD = List.of("一流", "级", "领先", "先进");

    /** 60多个国家, 各国家, 有关国家: countries counted, not the state. */
    private static final String COUNTED_BEFORE_GUOJIA = "个些多各关他余家";

    /**
     * 沿线国家, 金砖国家, 发展中国家, 其他国家: other countries as a group (a partner or a comparison),
     * not the Chinese state.
     */
    static final List<String> OTHER_COUNTRIES_BEFORE_GUOJIA =
            List.of("沿线", "金砖", "发达", "发展中", "其他", "其它", "共建", "周边", "成员", "东盟", "友好", "伙伴", "欧美", "西方");

    private static final String NOT_NATIONAL_AFTER_GUOJIA = "级重点高新综合实验公园森林湿地地质文物";

    /** 中国特色社会主义, 中国式现代化, 中国梦, 中国共产党: a name or doctrine, not the country's figure. */
    private static final List<String> NOT_NATIONAL_AFTER_ZHONGGUO = List.of("特色", "式", "梦", "共产党");

    /** 全球首台, 国内首条, 全国第一, 世界最大: a rank, not the scope of the figure (全国首批 stays national). */
    private static final List<String> RANK_AFTER = List.of("首", "第一", "最", "唯一");

    /** 占全国的38%, 高于全国5.2个百分点: the country is the whole or the benchmark, the figure the subject's. */
    private static final List<String> BENCHMARK_BEFORE = List.of("占", "占到", "高于", "低于", "快于", "慢于", "比", "超过");

    /** 首个国家…, 一个国家…, 这个国家…: one thing, not countries counted. */
    private static final String ONE_BEFORE_GE = "首一这该每";

    /** Prepositions that make a foreign word a partner (中国对欧盟出口, 对“一带一路”沿线国家进出口, 来自60个国家). */
    private static final String PARTNER_PREPOSITIONS = "对向从自赴";

    /** How far before a foreign word a partner preposition is looked for, inside the clause. */
    private static final int PARTNER_WINDOW = 12;

    /** Words that put a figure abroad or at world scale. Not after 对/向/与 (中国对欧盟出口 is Chinese trade). */
    static final List<String> FOREIGN = List.of(
            "全球", "世界", "美国", "日本", "欧盟", "欧洲", "俄罗斯", "德国", "法国", "英国", "韩国", "印度", "国外", "海外", "境外", "个国家", "多国",
            "各国", "国家和地区");

    private static final String PARTNER_BEFORE = "对向与同和及、从自赴";

    /** Position just after the last national marker in text[from, to), or -1. */
    static int lastMarker(String text, int from, int to, List<String> words, boolean national) {
        return lastMarker(text, from, to, words, national, List.of());
    }

    /**
     * As above; a national word written right after a place (于都中央红军长征出发地纪念园, 上海国家会展中心) is
     * part of a name of that place, not the country.
     */
    static int lastMarker(
            String text, int from, int to, List<String> words, boolean national, List<RegionMention> regions) {
        int best = -1;
        String span = text.substring(from, to);
        for (String w : words) {
            int idx = span.lastIndexOf(w);
            while (idx >= 0) {
                int abs = from + idx;
                boolean ok;
                if (Clauses.quoted(text, abs, from) || rankOrBenchmark(text, abs, abs + w.length())) {
                    ok = false; // 《…》, “…”: a title or a name; 全球首台, 占全国的: a rank or a benchmark
                } else if (national) {
                    char after = abs + w.length() < text.length() ? text.charAt(abs + w.length()) : 0;
                    char before = abs > 0 ? text.charAt(abs - 1) : 0;
                    ok = !(w.equals("国家")
                                    && ((after != 0 && NOT_NATIONAL_AFTER_GUOJIA.indexOf(after) >= 0)
                                            || (before != 0 && COUNTED_BEFORE_GUOJIA.indexOf(before) >= 0)
                                            || text.startsWith("和地区", abs + 2)
                                            || OTHER_COUNTRIES_BEFORE_GUOJIA.stream()
                                                    .anyMatch(x ->
                                                            abs >= x.length() && text.startsWith(x, abs - x.length()))))
                            && !(w.endsWith("部") && text.startsWith("门", abs + w.length())) // 商务部门: local offices
                            && regions.stream().noneMatch(r -> r.end() == abs) // 崇州国家现代农业产业园: a name
                            && !(ARMED_FORCES.contains(w) && !armedForcesOfTheCountry(text, abs, w))
                            && !(w.equals("全国") && delegationOfPlace(text, abs, regions))
                            && !(w.equals("国家") && designationName(text, abs + 2))
                            && !(w.equals("国内") && text.startsWith("外", abs + 2)) // 国内外2000余家参展商: an origin
                            && !(w.equals("中国") && eventName(text, abs + 2))
                            && !(w.equals("中国")
                                    && NOT_NATIONAL_AFTER_ZHONGGUO.stream().anyMatch(x -> text.startsWith(x, abs + 2)))
                            && !(w.equals("中国") && before == '其') // 其中国家级: 其中 + 国家级, not 中国
                            && !(w.equals("中国")
                                    && regions.stream()
                                            .anyMatch(r -> r.start() == abs + 2 && !r.inOrganization())) // 中国南昌
                            && !(w.equals("中国") && abs >= 2 && text.startsWith("发展中国家", abs - 2));
                } else {
                    char before = abs > 0 ? text.charAt(abs - 1) : 0;
                    ok = !partner(text, abs, from)
                            && !(w.equals("个国家") && before != 0 && ONE_BEFORE_GE.indexOf(before) >= 0) // 首个国家级基地
                            && !(w.equals("个国家")
                                    && abs + 3 < text.length()
                                    && NOT_NATIONAL_AFTER_GUOJIA.indexOf(text.charAt(abs + 3)) >= 0) // 7个国家级平台
                            && !((w.equals("世界") || w.equals("全球"))
                                    && QUALITY_AFTER_WORLD.stream().anyMatch(q -> text.startsWith(q, abs + 2)))
                            && before != '届' // 第31届世界大学生运动会: an event's name
                            && !countriesOfOrigin(text, abs, w);
                }
                if (ok) {
                    best = Math.max(best, abs + w.length());
                    break;
                }
                idx = idx > 0 ? span.lastIndexOf(w, idx - 1) : -1;
            }
        }
        return best;
    }

    /**
     * What ends the name of a national-level designation a place holds or builds (国家工业互联网示范区, 国家现代农业
     * 产业园, 国家自主创新示范区): as 国家级 and 国家高新区 ({@link #NOT_NATIONAL_AFTER_GUOJIA}), a title, not the country
     * as the scope. Not 中心 (国家信息中心 reports the country's figures).
     */
    private static final List<String> DESIGNATIONS = List.of(
            "示范区", "示范基地", "示范园", "示范城市", "试验区", "实验区", "创新区", "新区", "开发区", "高新区", "产业园", "产业基地", "公园", "实验室", "保护区");

    /** How long a designation's name may run after 国家 (工业互联网示范区, 数字经济创新发展试验区). */
    private static final int DESIGNATION_NAME = 10;

    /** 国家 at {@code from - 2} opens a designation's name: one of {@link #DESIGNATIONS} within the clause. */
    static boolean designationName(String text, int from) {
        return nameEndingIn(text, from, DESIGNATION_NAME, DESIGNATIONS, false);
    }

    /** What ends the name of a fair, expo or forum held at one place (中国国际大数据产业博览会, 中国发展高层论坛). */
    private static final List<String> EVENTS = List.of("博览会", "交易会", "展览会", "洽谈会", "论坛", "峰会");

    /** How long an event's name may run after 中国 (国际大数据产业博览会, （武汉）文化旅游博览会). */
    private static final int EVENT_NAME = 14;

    /**
     * 中国 at {@code from - 2} opens the name of an event held at one place (2023中国国际大数据产业博览会闭幕，…签约投资
     * 金额超610亿元; 中国（武汉）文化旅游博览会): a name, as an expo's figures are its place's, not the country's. The
     * name runs within the clause; a place in brackets after 中国 belongs to it.
     */
    static boolean eventName(String text, int from) {
        return nameEndingIn(text, from, EVENT_NAME, EVENTS, true);
    }

    /**
     * A name opened at {@code from} that ends in one of {@code ends} within {@code max} characters,
     * inside the clause (a clause delimiter, 、 or a quotation mark closes it first); with {@code
     * brackets}, a bracketed part (（武汉）) belongs to the name whatever it holds.
     */
    private static boolean nameEndingIn(String text, int from, int max, List<String> ends, boolean brackets) {
        boolean inBracket = false;
        for (int i = from; i < text.length() && i - from <= max; i++) {
            char ch = text.charAt(i);
            if (brackets && (ch == '（' || ch == '(')) {
                inBracket = true;
                continue;
            }
            if (inBracket && (ch == '）' || ch == ')')) {
                inBracket = false;
                continue;
            }
            if (CLAUSE_DELIMS.indexOf(ch) >= 0 || ch == '、' || ch == '“' || ch == '”') {
                return false;
            }
            int at = i;
            if (ends.stream().anyMatch(e -> text.startsWith(e, at))) {
                return true;
            }
        }
        return false;
    }

    /** {@code force} (one of {@link #ARMED_FORCES}) at {@code abs}: 海军 at a clause's start, 中国海军, 我军, 人民解放军 are the country's forces (not 巴基斯坦海军, 美国海军). */
    static boolean armedForcesOfTheCountry(String text, int abs, String force) {
        if (ARMED_FORCES_OWNERS.stream().anyMatch(o -> abs >= o.length() && text.startsWith(o, abs - o.length()))) {
            return true; // 中国海军, 我军, 人民解放军
        }
        char before = abs > 0 ? text.charAt(abs - 1) : 0;
        if (before != 0 && (Character.isLetterOrDigit(before) || before == '、')) {
            return false; // 巴基斯坦海军, 公安、消防、武警等: another country's, or one body of a list
        }
        // on its own only before a warship of its name (海军南宁舰): 陆军战术导弹 in a story about another army is not ours
        int end = force.length();
        for (int i = abs + end; i < Math.min(text.length(), abs + end + VESSEL_NAME); i++) {
            char c = text.charAt(i);
            if (c == '舰') {
                return i > abs + end;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    /** How long a warship's name after 海军 may be (南宁, 微山湖). */
    private static final int VESSEL_NAME = 5;

    /**
     * 全国 opening a national body's name (全国人民代表大会, 全国人大, 全国政协) right after a place, with at most 的 and
     * 第N届 between (台湾省第十四届全国人民代表大会代表, 江苏省的全国人大代表): the place's delegates, not the country.
     */
    static boolean delegationOfPlace(String text, int abs, List<RegionMention> regions) {
        if (NATIONAL_BODIES.stream().noneMatch(b -> text.startsWith(b, abs + 2))) {
            return false;
        }
        for (RegionMention r : regions) {
            if (r.end() > abs || abs - r.end() > 8) {
                continue;
            }
            String between = text.substring(r.end(), abs);
            if (between.matches("(省|市|自治区|特别行政区)?的?(第[0-9一二三四五六七八九十百]+届)?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 93个国家和地区的1488部影片: the countries counted are where the things after 的 come from, not the
     * scope of a later figure (the count itself is foreign by {@link #countsCountries}).
     */
    static boolean countriesOfOrigin(String text, int abs, String w) {
        boolean counted = w.equals("个国家") || (w.equals("国家和地区") && abs > 0 && text.charAt(abs - 1) == '个');
        if (!counted) {
            return false;
        }
        int end = abs + w.length();
        if (text.startsWith("和地区", end)) {
            end += 3;
        }
        return text.startsWith("的", end);
    }

    /** What may follow 第N in a rank: 第四大, 第二位, 第三名, 第一高, or the end of the clause (居全球第二，). */
    private static final String RANK_TAIL = "大位名高强";

    /** 第 and a number at {@code at}, then a rank word or the clause's end: 世界第四大港, 居全球第二。 */
    static boolean rankNumber(String text, int at) {
        int i = afterNumeral(text, at, '第');
        return i >= 0
                && (i == text.length()
                        || RANK_TAIL.indexOf(text.charAt(i)) >= 0
                        || CLAUSE_DELIMS.indexOf(text.charAt(i)) >= 0);
    }

    /** What may follow 前N in a ranking: 前10名, 前50强, 前100座, 前3位 (not 前5个月, a time). */
    private static final String TOP_TAIL = "名位强座大家所";

    /** 前 and a number at {@code at}, then a ranking word: 世界前100座高桥, 全国前10名. */
    static boolean topOf(String text, int at) {
        int i = afterNumeral(text, at, '前');
        return i >= 0 && i < text.length() && TOP_TAIL.indexOf(text.charAt(i)) >= 0;
    }

    /** Where the numerals after {@code lead} at {@code at} end, or -1 when {@code lead} and a numeral are not there. */
    private static int afterNumeral(String text, int at, char lead) {
        if (at + 1 >= text.length() || text.charAt(at) != lead || !Numerals.isNumeralChar(text.charAt(at + 1))) {
            return -1;
        }
        int i = at + 1;
        while (i < text.length() && Numerals.isNumeralChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean rankOrBenchmark(String text, int start, int end) {
        for (String r : RANK_AFTER) {
            if (text.startsWith(r, end) && !text.startsWith("首批", end)) {
                return true;
            }
        }
        if (rankNumber(text, end)) {
            return true; // 世界第四大港, 居全球第二: a rank (我国第三批 is a batch, 美国第三家 a count)
        }
        if (topOf(text, end)) {
            return true; // 世界前100座高桥, 全国前10名: the top of a ranking, not the figure's scope
        }
        if (start >= 2 && text.startsWith("来自", start - 2) && text.startsWith("全国", start)) {
            return true; // 来自全国各地的专家: where the people come from, not the figure's scope
        }
        for (String b : BENCHMARK_BEFORE) {
            if (start >= b.length() && text.startsWith(b, start - b.length())) {
                return true;
            }
        }
        return false;
    }

    /** Written right after the number and its unit, the country's people counted: 3.5亿中国人, 2000万中国游客. */
    private static final List<String> NATIONAL_AFTER =
            List.of("中国人", "中国游客", "中国公民", "国人", "全国各族", "全国人民", "中华儿女", "海内外中华儿女");

    /** The country's people are counted right after the number and its unit (近3.5亿中国人参与冰雪运动). */
    static boolean nationalPeopleAfter(String text, int numberEnd) {
        return NATIONAL_AFTER.stream().anyMatch(w -> text.startsWith(w, numberEnd));
    }

    /**
     * A foreign word governed by a preposition of its clause (对欧盟, 对“一带一路”沿线国家和地区, 来自60多个国家):
     * a trade partner or an origin, not the scope of the figure.
     */
    static boolean partner(String text, int abs, int from) {
        char before = abs > 0 ? text.charAt(abs - 1) : 0;
        if (before != 0 && PARTNER_BEFORE.indexOf(before) >= 0) {
            return true;
        }
        int cs = Math.max(clauseStart(text, abs, from), abs - PARTNER_WINDOW);
        for (int i = abs - 1; i >= cs; i--) {
            if (PARTNER_PREPOSITIONS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What a count of the country's provinces is written with right after the number (25个省份, 28省（区、市）). */
    private static final List<String> PROVINCES_COUNTED =
            List.of("省份", "省（区、市）", "省(区、市)", "省区市", "省市区", "省、自治区、直辖市", "省、区、市");

    /** How far back a count of provinces looks for the country (a national word) or a Chinese place. */
    static final int PROVINCES_CONTEXT = 100;

    /**
     * 25个省份, 31个省（区、市）: a count of provinces is the country's figure (what a ministry reports on its
     * programme), never one province's, unless a foreign word stands before it in its clause (韩国9个省份). Not a
     * province's cities or counties (江苏13个设区市). The caller checks that the country is in view (a national word
     * or a Chinese place shortly before): 土耳其…受影响的10个省份 in a foreign story is no Chinese count.
     */
    static boolean countsProvinces(Cand c, String text) {
        int at = c.end;
        if (text.startsWith("个", at)) {
            at++;
        }
        int from = at;
        if (PROVINCES_COUNTED.stream().noneMatch(w -> text.startsWith(w, from))) {
            return false;
        }
        return lastMarker(text, c.clauseStart, c.tokenStart, FOREIGN, false) < 0;
    }

    /** 93个国家和地区, 13个国家: a count of countries is an international figure (not 100家国家级企业). */
    static boolean countsCountries(Cand c, String text) {
        int at = c.end;
        if (text.startsWith("个", at)) {
            at++;
        }
        if (!text.startsWith("国家", at)) {
            return false;
        }
        char after = at + 2 < text.length() ? text.charAt(at + 2) : 0;
        return after == 0 || NOT_NATIONAL_AFTER_GUOJIA.indexOf(after) < 0;
    }
}
