package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides the scope and region of each metric of a sentence. */
final class RegionLinker {
    private RegionLinker() {}

    static List<RegionMention> distinctRegions(List<RegionMention> regions, int from, int to) {
        List<RegionMention> out = new ArrayList<>();
        int lastStart = -1;
        for (RegionMention m : regions) {
            if (m.start() >= from && m.end() <= to && m.start() != lastStart) {
                out.add(m);
                lastStart = m.start();
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- authorities

    /**
     * Bodies that speak for their place (its government, congress, customs, bureaus, offices) and
     * facilities that are in their place (长沙机场's passengers, 大庆油田's output, 青岛港's cargo).
     */
    private static final List<String> AUTHORITY_WORDS =
            List.of("政府", "海关", "人大", "政协", "党委", "管委会", "机场", "油田", "港", "码头", "口岸", "火车站", "高铁站", "站", "气象台");

    private static final String AUTHORITY_LAST_CHARS = "局厅委办署";
    /** Institutions that only carry a place in their name: a university's figures are not its city's. */
    private static final List<String> INSTITUTION_WORDS = List.of(
            "大学", "学院", "中学", "小学", "学校", "公司", "集团", "银行", "医院", "法院", "检察院", "交易所", "研究所", "研究院", "科学院", "事务所", "商会",
            "协会", "学会", "联合会", "俱乐部", "电视台", "电台", "日报", "晚报", "报社", "出版社", "分行", "支行", "博物馆", "图书馆", "剧院");

    private static final int ORG_TAIL = 8;

    /**
     * The mentions as the linker reads them: a place inside the name of its own authority
     * (广东省统计局, 厦门海关, 四川省人民政府, 北京市文物局) is the subject of the authority's figures,
     * so it no longer counts as inside an organisation; a place inside an institution's name
     * (四川大学, 中国银行北京分行) still does. The mentions written to region_mentions are not changed.
     */
    static List<RegionMention> withAuthorities(String text, List<RegionMention> mentions) {
        List<RegionMention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            RegionMention m = mentions.get(k);
            if (!m.inOrganization() && k > 0 && continuesOrganization(text, mentions.get(k - 1), m)) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(k, inOrganization(m, true));
                continue;
            }
            if (m.inOrganization() && k > 0 && addressOfName(text, mentions.get(k - 1), m)) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(k, inOrganization(m, false)); // 阿拉善盟阿拉善左旗新井煤业有限公司: the county is where it is
                continue;
            }
            if (m.inOrganization() && isAuthority(text, m.end())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(k, inOrganization(m, false));
            }
        }
        return out == null ? mentions : out;
    }

    /** How far an organisation's name may run from one place in it to the next. */
    private static final int ORG_CHAIN = 20;

    /**
     * 中国铁路兰州局集团有限公司迎水桥机务段银川动车运用车间: a place that follows a place inside an
     * institution's name, in one run of letters that holds an institution word, is inside that name too.
     */
    static boolean continuesOrganization(String text, RegionMention previous, RegionMention m) {
        if (!previous.inOrganization() || m.start() <= previous.end() || m.start() - previous.end() > ORG_CHAIN) {
            return false;
        }
        String between = text.substring(previous.end(), m.start());
        for (int i = 0; i < between.length(); i++) {
            if (!Character.isLetterOrDigit(between.charAt(i))) {
                return false;
            }
        }
        return INSTITUTION_WORDS.stream().anyMatch(between::contains);
    }

    /**
     * 内蒙古阿拉善盟阿拉善左旗新井煤业有限公司: a place inside an organisation's name that follows, with nothing
     * between, a place outside it that contains it is the last part of an address, and the name goes on
     * with a name of its own (新井煤业) before any institution word. 四川成都银行 (the place directly followed by
     * the institution word) stays a name.
     */
    static boolean addressOfName(String text, RegionMention previous, RegionMention m) {
        if (previous.inOrganization()
                || previous.end() != m.start()
                || previous.regionCode() == null
                || m.regionCode() == null
                || !contains(previous.regionCode(), m.regionCode())) {
            return false;
        }
        return INSTITUTION_WORDS.stream().noneMatch(w -> text.startsWith(w, m.end()));
    }

    /**
     * 包括海口江东新区在内的13个园区: a place written between 包括 and 在内 is one member of what is counted,
     * not the subject of the figure.
     */
    static boolean includedMember(String text, RegionMention m) {
        int from = Math.max(0, m.start() - INCLUDED_WINDOW);
        int before = text.lastIndexOf("包括", m.start());
        if (before < from || hasPunctuation(text, before, m.start())) {
            return false;
        }
        int to = Math.min(text.length(), m.end() + INCLUDED_WINDOW);
        int after = text.indexOf("在内", m.end());
        return after >= 0 && after + 2 <= to && !hasPunctuation(text, m.end(), after);
    }

    private static final int INCLUDED_WINDOW = 12;

    private static boolean hasPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** 吉林在西部地区改良盐碱地: a macro region after a province of its clause is a part of that province. */
    static boolean partOfEarlierProvince(List<RegionMention> regions, RegionMention m, int clauseStart) {
        if (m.regionCode() == null || !m.regionCode().startsWith("MR-")) {
            return false;
        }
        for (RegionMention r : regions) {
            if (r.start() >= clauseStart
                    && r.end() <= m.start()
                    && !r.inOrganization()
                    && r.regionCode() != null
                    && r.regionCode().endsWith("0000")
                    && !r.isCombined()) {
                return true;
            }
        }
        return false;
    }

    static RegionMention inOrganization(RegionMention m, boolean in) {
        return new RegionMention(
                m.sentenceIndex(),
                m.start(),
                m.end(),
                m.surface(),
                m.regionCode(),
                m.regionName(),
                m.regionLevel(),
                m.provinceCode(),
                m.matchType(),
                in);
    }

    /**
     * Whether the organisation name that goes on at {@code from} is an authority: the first
     * organisation word within a few characters (before punctuation) decides.
     */
    static boolean isAuthority(String text, int from) {
        int limit = Math.min(text.length(), from + ORG_TAIL);
        for (int j = from + 1; j <= limit; j++) {
            char ch = text.charAt(j - 1);
            if (!Character.isLetterOrDigit(ch)) {
                return false;
            }
            String name = text.substring(from, j);
            for (String w : INSTITUTION_WORDS) {
                if (name.endsWith(w)) {
                    return false;
                }
            }
            final int at = j;
            boolean authority =
                    AUTHORITY_WORDS.stream().anyMatch(name::endsWith) || AUTHORITY_LAST_CHARS.indexOf(ch) >= 0;
            if (authority) {
                // 兰州局集团公司: the bureau word is part of a company's name
                return INSTITUTION_WORDS.stream().noneMatch(w -> text.startsWith(w, at));
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- scope

    /**
     * Words that make a figure national: the country, the state, the central budget, a national
     * ministry. 国家 followed by 级/重点/高新… is an honour a local unit holds, not the country.
     */
    static final List<String> NATIONAL = List.of(
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
            "民航局");

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
                if (quoted(text, abs, from) || rankOrBenchmark(text, abs, abs + w.length())) {
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
                            && regions.stream().noneMatch(r -> r.end() == abs && !r.inOrganization())
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
        if (at + 1 >= text.length() || text.charAt(at) != '第' || !Numerals.isNumeralChar(text.charAt(at + 1))) {
            return false;
        }
        int i = at + 1;
        while (i < text.length() && Numerals.isNumeralChar(text.charAt(i))) {
            i++;
        }
        return i == text.length()
                || RANK_TAIL.indexOf(text.charAt(i)) >= 0
                || CLAUSE_DELIMS.indexOf(text.charAt(i)) >= 0;
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
    private static final List<String> NATIONAL_AFTER = List.of("中国人", "中国游客", "中国公民", "国人");

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

    /**
     * Decides the scope, region and link of {@code c}. In order: the region of its own clause (a
     * region inside an organisation's name is never the subject), unless a national or foreign
     * marker stands between it and the number; the quantity just before it (for a change); a
     * national or foreign marker of the clause; the sentence's region when no other region or
     * marker intervenes (a region after the number is its object, never its subject); the region of a previous
     * sentence of the paragraph; the story's dominant region.
     */
    static void link(
            Cand c,
            Cand previous,
            String text,
            Sentence s,
            List<RegionMention> regions,
            RegionMention carried,
            RegionMention story,
            RegionMention onlyPlace) {
        if (c.regionLink != RegionLink.NONE) {
            return;
        }
        if (c.pairedWith != null && c.pairedWith.regionLink != RegionLink.NONE) {
            copy(c, c.pairedWith, c.pairedWith.regionLink);
            return;
        }
        if (countsCountries(c, text)) {
            c.scope = Scope.FOREIGN;
            c.regionLink = RegionLink.FOREIGN_MARKER;
            return;
        }
        int cs = c.clauseStart;
        if (PlaceCues.distanceFromPlace(text, regions, c.unit, cs, c.tokenStart)) {
            return; // 距离杭州1400公里: a distance between places, no place's figure
        }
        if (PlaceCues.fareToPlace(text, regions, c.unit, cs, clauseEnd(text, c.end, s.end()))) {
            return; // 每人再拿出120元的车票费去北京: a fare between places, no place's figure
        }
        int sentenceFrom = Math.max(s.start(), c.tokenStart - LOOK_BEHIND);
        RegionMention nearest = null;
        RegionMention firstBefore = null;
        int firstBeforeIdx = -1;
        RegionMention lastBefore = null;
        if (NATIONAL_AFTER.stream().anyMatch(w -> text.startsWith(w, c.end))) {
            c.scope = Scope.NATIONAL; // 近3.5亿中国人参与冰雪运动: the people counted are the country's
            c.regionLink = RegionLink.NATIONAL_MARKER;
            return;
        }
        RegionMention counted = countedPlace(text, regions, c);
        if (counted != null) {
            setRegion(c, counted, RegionLink.CLAUSE_SUBJECT); // 13名台湾省全国人大代表, 120家江苏企业
            return;
        }
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.inOrganization()
                    || inBookTitle(text, m.start(), sentenceFrom)
                    || includedMember(text, m)
                    || partOfEarlierProvince(regions, m, cs)) {
                continue;
            }
            if (m.end() <= c.tokenStart) {
                if (m.start() >= cs
                        && (nearest == null
                                || m.start() > nearest.start()
                                || (m.start() == nearest.start() && nearest.isCombined() && !m.isCombined()))) {
                    nearest = m; // of mentions sharing a span (京津冀 and its members), the first non-combined one
                }
                if (m.start() >= sentenceFrom) {
                    if (firstBefore == null && !objectOfVerb(text, m)) {
                        firstBefore = routeStart(text, specific(regions, k)) ? m : specific(regions, k);
                        firstBeforeIdx = k;
                    }
                    lastBefore = m;
                }
            }
        }
        RegionMention located;
        int national = lastMarker(text, sentenceFrom, c.tokenStart, NATIONAL, true, regions);
        int foreign = lastMarker(text, sentenceFrom, c.tokenStart, FOREIGN, false);
        if (PlaceCues.markerInTimeClause(text, regions, national, sentenceFrom, cs)) {
            national = -1; // 对东莞…的调研，美国…加征关税后，…占24.6%: a time condition, not the subject
        }
        if (PlaceCues.markerInTimeClause(text, regions, foreign, sentenceFrom, cs)) {
            foreign = -1;
        }
        int marker = Math.max(national, foreign);
        Scope markerScope = national >= foreign ? Scope.NATIONAL : Scope.FOREIGN;
        RegionMention enclosing;
        RegionMention part;
        ClauseTopics.Topic topic;
        if ((part = PlaceCues.subsetPlace(text, regions, s.start(), c.tokenStart, marker)) != null) {
            setRegion(c, part, RegionLink.CLAUSE_SUBJECT); // …等地有小到中雪，其中，西藏西南部局地有大雪(5～9毫米)
        } else if (nearest == null && (part = PlaceCues.madeIn(text, regions, c.end, s.end())) != null) {
            setRegion(c, part, RegionLink.CLAUSE_SUBJECT); // 全球25%智能手机…均产自东莞
        } else if (nearest == null
                && (part = PlaceCues.localPlace(text, regions, sentenceFrom, cs, c.tokenStart)) != null) {
            setRegion(c, part, RegionLink.SENTENCE); // …在中国南昌调研后发现，当地公园里超过50%的使用者是老年人
        } else if (nearest != null
                && (topic = ClauseTopics.topic(text, cs, c.tokenStart, regions)) != null
                && topic.kind() == ClauseTopics.Kind.SEVERAL
                && enclosing(regions, sentenceFrom, c.tokenStart) == null) {
            c.regionLink = RegionLink.SEVERAL_REGIONS; // 北京、天津、河南北部、山东等地出现35℃高温; 粤港澳三地在深圳公布110项
        } else if (nearest != null && examplesBefore(text, c, regions, cs)) {
            // 我国新增广东深圳福田红树林湿地等18处: the places before 等 are examples of what is counted
            if (marker >= cs
                    && marker <= firstInClause(regions, cs, c.tokenStart).start()) {
                c.scope = markerScope;
                c.regionLink = markerScope == Scope.NATIONAL ? RegionLink.NATIONAL_MARKER : RegionLink.FOREIGN_MARKER;
            } else if (!weatherReading(c) && (enclosing = enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.CLAUSE_SUBJECT); // 江苏苏州、无锡等5个城市
            } else {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 杭州、宁波等3个城市
            }
        } else if (nearest != null && marker <= nearest.start() && inList(text, regions, nearest)) {
            if (!weatherReading(c) && (enclosing = enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.CLAUSE_SUBJECT); // 四川…在成都、自贡建设3个集群
            } else {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 西安、咸阳、渭南4个城市; 内地与香港贸易
            }
        } else if (nearest != null && marker <= nearest.start() && routeToAnyEnd(text, nearest)) {
            if ((enclosing = enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.CLAUSE_SUBJECT); // 甘肃兰州至敦煌铁路: the province named first
            } else {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 贵阳开往玉屏的列车全程330多公里
            }
        } else if (nearest != null
                && marker <= nearest.start()
                && placesStartListItems(text, regions, cs, c.tokenStart)) {
            c.regionLink = RegionLink.SEVERAL_REGIONS; // 南京夫子庙片区、长沙五一商圈、西安城墙景区等…超100万人次
        } else if (nearest != null && marker <= nearest.start()) {
            nearest = firstOfSiblings(regions, nearest);
            RegionMention member = memberNamedBefore(regions, nearest, sentenceFrom);
            if (member != null) {
                setRegion(c, member, RegionLink.CLAUSE_SUBJECT); // 北京南站开启京沪高铁、京津城际4个进站厅: 北京's
            } else {
                setRegionOrSeveral(c, regions, nearest, RegionLink.CLAUSE_SUBJECT); // 广深港高铁加开列车12.5对: several
            }
        } else if (previous != null
                && c.change != Change.LEVEL
                && previous.regionLink != RegionLink.NONE
                && previous.regionLink.reliable()
                && (marker < 0 || marker <= previous.tokenStart)) {
            copy(c, previous, RegionLink.SAME_QUANTITY); // 进出口总值达618.8亿元，同比增长77.4%
        } else if (nearest == null
                && marker < cs
                && locative(text, regions, c, s) == null
                && (topic = ClauseTopics.chained(text, sentenceFrom, cs, regions)) != null) {
            applyTopic(c, topic, text); // 中国向世界奉献了北京冬奥盛会，并带动3亿人…: the chain's topic, not the object
        } else if (marker >= cs || (marker >= 0 && (lastBefore == null || marker > lastBefore.start()))) {
            c.scope = markerScope;
            c.regionLink = markerScope == Scope.NATIONAL ? RegionLink.NATIONAL_MARKER : RegionLink.FOREIGN_MARKER;
        } else if (firstBefore != null
                && onlyRegion(text, regions, firstBeforeIdx, firstBefore, c.tokenStart, s.start())) {
            firstBefore = narrowest(text, regions, firstBeforeIdx, firstBefore, c.tokenStart);
            if (inList(text, regions, firstBefore)
                    && (enclosing = enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.SENTENCE); // 贵州德江至余庆高速…全长120公里
            } else if (inList(text, regions, firstBefore)) {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 北京至秦皇岛高速…全长264公里; 西安、咸阳…惠及人口1400万
            } else if (routeToAnyEnd(text, firstBefore)) {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 在贵阳开往玉屏的“慢火车”上，330多公里的里程…
            } else {
                setRegionOrSeveral(c, regions, firstBefore, RegionLink.SENTENCE);
            }
        } else if (firstBefore == null && (located = locative(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.CLAUSE_SUBJECT); // 首台16兆瓦风电机组在福建海域安装完成
        } else if (firstBefore == null && (located = eventPlace(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.SENTENCE); // 运动会共设176个小项，将于明年在内蒙古举行
        } else if (firstBefore == null && (located = locatedOrganization(text, regions, s, c)) != null) {
            setRegion(c, located, RegionLink.SENTENCE); // 在江西省兴国县平川中学，…3000多名学生参与其中
        } else if (firstBefore == null && carried != null) {
            RegionMention wider = widerInSentence(regions, carried, s);
            setRegion(c, wider != null ? wider : carried, RegionLink.CONTEXT);
        } else if (firstBefore == null && story != null) {
            setRegion(c, story, RegionLink.STORY);
        } else if (firstBefore == null
                && onlyPlace != null
                && lastMarker(text, 0, c.tokenStart, NATIONAL, true) < 0
                && lastMarker(text, 0, c.tokenStart, FOREIGN, false) < 0) {
            setRegion(c, onlyPlace, RegionLink.STORY); // a story about 太原's airport, no national word before
        }
    }

    /**
     * The place where the clause's action happens, written after the number (…风电机组在福建海域安装完成;
     * 冬运会共设176个小项，将于2024年在内蒙古举行 is another clause): 在/于 directly before a region of the same
     * clause, not inside an organisation's name.
     */
    static RegionMention locative(String text, List<RegionMention> regions, Cand c, Sentence s) {
        int end = clauseEnd(text, c.end, s.end());
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() < c.end || m.inOrganization()) {
                continue;
            }
            if (m.start() >= end) {
                break;
            }
            char before = text.charAt(m.start() - 1);
            if (before == '在' || before == '于') {
                return inList(text, regions, m) ? null : specific(regions, k);
            }
        }
        return null;
    }

    /**
     * The place of the event the sentence is about, named in a later clause (…共设176个小项，将于2024年在内蒙古
     * 举行): 在/于 + a region + an event verb, anywhere after the number in the sentence.
     */
    static RegionMention eventPlace(String text, List<RegionMention> regions, Cand c, Sentence s) {
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() < c.end || m.inOrganization()) {
                continue;
            }
            if (m.start() >= s.end()) {
                break;
            }
            char before = text.charAt(m.start() - 1);
            RegionMention place = specific(regions, k);
            if ((before == '在' || before == '于')
                    && ClauseTopics.EVENT_VERBS.stream().anyMatch(v -> text.startsWith(v, place.end()))
                    && !inList(text, regions, place)) {
                return place;
            }
        }
        return null;
    }

    /**
     * 在江西省兴国县平川中学，…3000多名学生; 在山东大学第二医院监护病房，…40多名医护人员: an organisation introduced by 在
     * at the start of a clause is where the sentence happens, so the place its name starts with (down to the county
     * written after it) is the figure's. Null when no such organisation stands before the number.
     */
    static RegionMention locatedOrganization(String text, List<RegionMention> regions, Sentence s, Cand c) {
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (!m.inOrganization() || m.start() < s.start() + 1 || m.end() > c.tokenStart) {
                continue;
            }
            int at = m.start() - 1;
            if (text.charAt(at) != '在' || clauseStart(text, at, s.start()) != at) {
                continue;
            }
            RegionMention cur = m;
            for (int j = k + 1; j < regions.size() && regions.get(j).start() <= cur.end(); j++) {
                RegionMention n = regions.get(j);
                if (n.start() == cur.end() && contains(cur.regionCode(), n.regionCode())) {
                    cur = n; // 江西省兴国县平川中学: the county
                }
            }
            return cur;
        }
        return null;
    }

    /**
     * The clause lists items separated by 、 and two or more of them start with places of different provinces
     * (南京秦淮河夫子庙片区、长沙五一商圈、西安城墙景区等多个集聚区): a figure about the items is about several regions,
     * even though the places are not written next to each other.
     */
    static boolean placesStartListItems(String text, List<RegionMention> regions, int from, int before) {
        RegionMention first = null;
        for (RegionMention m : regions) {
            if (m.inOrganization() || m.isCombined() || m.start() < from || m.end() > before) {
                continue; // a combination (京津城际) is a line's name, decided by setRegionOrSeveral
            }
            boolean startsItem = m.start() == from || text.charAt(m.start() - 1) == '、';
            if (!startsItem) {
                continue;
            }
            if (first == null) {
                first = m;
            } else if (m.start() >= first.end()
                    && !related(first, m)
                    && text.substring(first.end(), m.start()).indexOf('、') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after which a place is an object (聚焦京津冀协同发展, 服务成渝地区), not the sentence's subject. */
    private static final List<String> OBJECT_VERBS =
            List.of("聚焦", "围绕", "推动", "构建", "服务", "支持", "助力", "融入", "对接", "辐射", "带动", "促进", "深化");

    static boolean objectOfVerb(String text, RegionMention m) {
        for (String v : OBJECT_VERBS) {
            if (m.start() >= v.length() && text.startsWith(v, m.start() - v.length())) {
                return true;
            }
        }
        return false;
    }

    /** 德江至余庆高速: a place followed by 至 starts a route; the route is not about that place alone. */
    static boolean routeStart(String text, RegionMention m) {
        return m.end() < text.length() && text.charAt(m.end()) == '至';
    }

    /** Verbs of travel that join a route's two ends (贵阳开往玉屏, 北京往返上海). */
    private static final List<String> ROUTE_VERBS = List.of("开往", "驶往", "飞往", "通往", "直达", "往返");

    /** 至今, 至少, 至多, 至关: 至 as part of a word, not a route's 至. */
    private static final String NOT_ROUTE_AFTER_ZHI = "今少多关此于";

    private static final String DASHES = "—－-";

    /**
     * The place starts a route to another end, whatever that end is (a county the gazetteer does not know, a port,
     * a foreign city): 贵阳开往玉屏, 银川—天津港, 西宁至格尔木. 至今/至少 and a dash before a number are no route.
     */
    static boolean routeToAnyEnd(String text, RegionMention m) {
        int e = m.end();
        if (e + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(e);
        char after = text.charAt(e + 1);
        int end;
        if (next == '至') {
            if (NOT_ROUTE_AFTER_ZHI.indexOf(after) >= 0 || !Character.isIdeographic(after)) {
                return false;
            }
            end = e + 1;
        } else if (DASHES.indexOf(next) >= 0) {
            if (!Character.isIdeographic(after)) {
                return false;
            }
            end = e + 1;
        } else {
            String verb = ROUTE_VERBS.stream()
                    .filter(v -> text.startsWith(v, e))
                    .findFirst()
                    .orElse(null);
            if (verb == null) {
                return false;
            }
            end = e + verb.length();
        }
        return !abroad(text, end);
    }

    /** Areas abroad that a route from a Chinese city may run to (西安至中亚地区航班). */
    private static final List<String> AREAS_ABROAD =
            List.of("中亚", "东盟", "东南亚", "南亚", "西亚", "中东", "非洲", "拉美", "欧洲", "东欧", "北美");

    /** How far after a route's joiner 国际 marks an international line (西安至阿什哈巴德的国际航线). */
    private static final int ROUTE_NAME = 16;

    /**
     * The route's other end, starting at {@code end}, is abroad: the line is its Chinese city's link to the world
     * (西安至中亚地区航班 is 西安's), not several regions.
     */
    static boolean abroad(String text, int end) {
        if (FOREIGN.stream().anyMatch(w -> text.startsWith(w, end))
                || AREAS_ABROAD.stream().anyMatch(w -> text.startsWith(w, end))) {
            return true;
        }
        int stop = end;
        while (stop < text.length() && stop - end < ROUTE_NAME && CLAUSE_DELIMS.indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        return text.substring(end, stop).contains("国际");
    }

    /** How far a name that starts with a place may run before 等 (深圳福田红树林国际重要湿地等). */
    private static final int EXAMPLE_NAME = 12;

    /**
     * 等 right before the number with a place among the items before it (深圳福田红树林湿地等18处, 苏州、无锡等5个城市):
     * the places are examples of what is counted. Not when the items are other things (江苏推出赏花、美食、露营等500多项):
     * the last place of the clause must be the last item or begin it, with no 、 or 的 between it and 等.
     */
    static boolean examplesBefore(String text, Cand c, List<RegionMention> regions, int cs) {
        if (c.tokenStart == 0 || text.charAt(c.tokenStart - 1) != '等') {
            return false;
        }
        RegionMention last = null;
        for (RegionMention m : regions) {
            if (!m.inOrganization() && m.start() >= cs && m.end() < c.tokenStart) {
                last = m;
            }
        }
        if (last == null) {
            return false;
        }
        String between = text.substring(last.end(), c.tokenStart - 1);
        return between.length() <= EXAMPLE_NAME && between.indexOf('、') < 0 && between.indexOf('的') < 0;
    }

    /** The first mention not inside an organisation in [from, before), or null. */
    static RegionMention firstInClause(List<RegionMention> regions, int from, int before) {
        for (RegionMention m : regions) {
            if (!m.inOrganization() && m.start() >= from && m.end() <= before) {
                return m;
            }
        }
        return null;
    }

    /**
     * 四川…在成都、自贡布局3个集群; 贵州德江至余庆高速: the first region of the sentence contains every later
     * region before the number (a list, a route, examples), so the figure is that region's. Null if it does not.
     */
    static RegionMention enclosing(List<RegionMention> regions, int from, int before) {
        RegionMention outer = null;
        boolean inner = false;
        for (RegionMention m : regions) {
            if (m.inOrganization() || m.start() < from || m.end() > before) {
                continue;
            }
            if (outer == null) {
                outer = m;
            } else if (m.regionCode().equals(outer.regionCode())) {
                continue;
            } else if (contains(outer.regionCode(), m.regionCode())) {
                inner = true;
            } else {
                return null;
            }
        }
        return inner ? outer : null;
    }

    private static final String LIST_JOINERS = "、和与及同至到";

    /**
     * The mention is one item of a list of places joined by 、和与及 (西安、咸阳、渭南; 内地与香港) or
     * the end of a route (北京至秦皇岛): a figure about the list is about several regions at once.
     */
    /** Two-character joiners of a list of places (新疆、内蒙古以及东北). */
    private static final List<String> LONG_JOINERS = List.of("以及", "、以及", "，以及", "还有", "、还有");

    /** Whether the text between two places, from {@code end} to {@code start}, is a list joiner. */
    static boolean joined(String text, int end, int start) {
        if (start <= end || start - end > 3) {
            return false;
        }
        String gap = text.substring(end, start);
        return (gap.length() == 1 && LIST_JOINERS.indexOf(gap.charAt(0)) >= 0) || LONG_JOINERS.contains(gap);
    }

    static boolean inList(String text, List<RegionMention> regions, RegionMention m) {
        for (RegionMention o : regions) {
            if (o.inOrganization()
                    || o.regionCode().equals(m.regionCode())
                    || o.regionCode().equals(m.provinceCode())
                    || m.regionCode().equals(o.provinceCode())) {
                continue;
            }
            if (ClauseTopics.joinedAfterPart(text, o.end(), m.start())
                    || ClauseTopics.joinedAfterPart(text, m.end(), o.start())) {
                return true; // 内蒙古东北部、黑龙江西北部…等地: a part word of an item does not end the list
            }
        }
        if (m.start() >= 3 && LIST_JOINERS.indexOf(text.charAt(m.start() - 1)) >= 0) {
            String before = text.substring(Math.max(0, m.start() - 3), m.start() - 1);
            if (before.endsWith("内地") || before.endsWith("大陆") || before.endsWith("全国")) {
                return true;
            }
            if (BROAD_AREAS.stream().anyMatch(before::endsWith)) {
                return true; // 江南、华南到云南
            }
        }
        return m.end() + 3 <= text.length()
                && LIST_JOINERS.indexOf(text.charAt(m.end())) >= 0
                && BROAD_AREAS.stream().anyMatch(a -> text.startsWith(a, m.end() + 1)); // 云南、华南
    }

    /**
     * Broad areas of the country that are no division or group of the gazetteer: a place listed with one of them
     * (江南、华南到云南的大片区域) is one item of several.
     */
    private static final List<String> BROAD_AREAS =
            List.of("华南", "华北", "华东", "华中", "华西", "江南", "江淮", "江汉", "黄淮", "西南", "西北");

    /**
     * A reading of the weather (a temperature) taken over a list of places is about each of them, never about the
     * province that contains them (江苏连云港、宿迁等地最低气温零下8℃).
     */
    static boolean weatherReading(Cand c) {
        return "celsius".equals(c.unit);
    }

    /**
     * No other subject stands between the sentence's region and the number: every later mention
     * before it names the same region, one of its parts, or the region that contains it.
     */
    static boolean onlyRegion(
            String text, List<RegionMention> regions, int fromIdx, RegionMention subject, int before, int from) {
        int subjectClause = clauseStart(text, subject.start(), from);
        for (int k = fromIdx + 1; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.end() > before) {
                break;
            }
            if (m.inOrganization() || related(subject, m)) {
                continue;
            }
            int cs = clauseStart(text, m.start(), from);
            if (cs != subjectClause) {
                return false; // a later clause with a region of its own: 构建京津冀 is an object, 上海…，北京… are two subjects
            }
        }
        return true;
    }

    /** Same region, or one contains the other (by province code), at whatever level. */
    static boolean related(RegionMention a, RegionMention b) {
        return a.regionCode().equals(b.regionCode())
                || a.regionCode().equals(b.provinceCode())
                || b.regionCode().equals(a.provinceCode())
                || (a.provinceCode() != null && a.provinceCode().equals(b.provinceCode()));
    }

    /**
     * A place written right after the number and its unit describes what is counted (13名台湾省全国人大代表, 120家江苏
     * 企业): the figure is that place's, as N中国人 is the country's. Null when the number is not followed by a place.
     */
    static RegionMention countedPlace(String text, List<RegionMention> regions, Cand c) {
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() == c.end && !m.inOrganization() && !inList(text, regions, m)) {
                return specific(regions, k);
            }
        }
        return null;
    }

    /** The scope of a topic that a clause without its own continues. */
    static void applyTopic(Cand c, ClauseTopics.Topic topic, String text) {
        switch (topic.kind()) {
            case REGION -> {
                if (routeToAnyEnd(text, topic.region())) {
                    c.regionLink = RegionLink.SEVERAL_REGIONS; // 在兰州开往敦煌的列车上，…: a route's start
                } else {
                    setRegion(c, topic.region(), RegionLink.SENTENCE);
                }
            }
            case SEVERAL -> c.regionLink = RegionLink.SEVERAL_REGIONS;
            case NATIONAL -> {
                c.scope = Scope.NATIONAL;
                c.regionLink = RegionLink.NATIONAL_MARKER;
            }
            case FOREIGN -> {
                c.scope = Scope.FOREIGN;
                c.regionLink = RegionLink.FOREIGN_MARKER;
            }
        }
    }

    /**
     * As {@link #setRegion}, but a member of a combination written as one word (青藏 = 青海 + 西藏, 川渝) stands for
     * all its members: when another mention shares its span with a region it does not contain, the figure is about
     * several regions (第二次青藏科考…共有170多名科考队员 is not 青海's).
     */
    static void setRegionOrSeveral(Cand c, List<RegionMention> regions, RegionMention m, RegionLink link) {
        if (m.isCombined()) {
            for (RegionMention o : regions) {
                if (o != m
                        && o.start() == m.start()
                        && o.end() == m.end()
                        && o.isCombined()
                        && !o.regionCode().equals(m.regionCode())
                        && !contains(m.regionCode(), o.regionCode())
                        && !contains(o.regionCode(), m.regionCode())) {
                    c.regionLink = RegionLink.SEVERAL_REGIONS;
                    return;
                }
            }
        }
        setRegion(c, m, link);
    }

    /**
     * A member of the combination {@code m} is written on its own earlier in the sentence (北京南站…京沪高铁): the
     * combination is then a line's name at that member's place, not a subject of several regions. That member, or
     * null.
     */
    static RegionMention memberNamedBefore(List<RegionMention> regions, RegionMention m, int from) {
        if (!m.isCombined()) {
            return null;
        }
        for (RegionMention o : regions) {
            if (o.start() >= from && o.end() <= m.start() && !o.isCombined()) {
                for (RegionMention member : regions) {
                    if (member.isCombined()
                            && member.start() == m.start()
                            && member.end() == m.end()
                            && member.regionCode().equals(o.regionCode())) {
                        return member;
                    }
                }
            }
        }
        return null;
    }

    static void setRegion(Cand c, RegionMention m, RegionLink link) {
        c.scope = Scope.REGION;
        c.regionCode = m.regionCode();
        c.regionName = m.regionName();
        c.regionLink = link;
    }

    static void copy(Cand c, Cand from, RegionLink link) {
        c.scope = from.scope;
        c.regionCode = from.regionCode;
        c.regionName = from.regionName;
        c.regionLink = link;
    }

    /** 宁波舟山港: of two regions of the same level written together, the first names the subject. */
    static RegionMention firstOfSiblings(List<RegionMention> regions, RegionMention m) {
        RegionMention cur = m;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RegionMention p : regions) {
                if (p.end() == cur.start()
                        && p.regionLevel() != null
                        && p.regionLevel().equals(cur.regionLevel())
                        && !p.isCombined()
                        && !contains(p.regionCode(), cur.regionCode())) {
                    cur = p;
                    moved = true;
                    break;
                }
            }
        }
        return cur;
    }

    /**
     * 山东济南, 黑龙江绥化市庆安县, 四川省甘孜州雅江县: a region directly followed by one of its parts
     * means the part, down to the county.
     */
    static RegionMention specific(List<RegionMention> regions, int k) {
        RegionMention m = regions.get(k);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int j = k + 1; j < regions.size() && regions.get(j).start() <= m.end(); j++) {
                RegionMention n = regions.get(j);
                if (n.start() == m.end()
                        && !n.inOrganization()
                        && !n.regionCode().equals(m.regionCode())
                        && (m.regionCode().equals(n.provinceCode()) || contains(m.regionCode(), n.regionCode()))) {
                    m = n;
                    k = j;
                    moved = true;
                    break;
                }
            }
        }
        return m;
    }

    /** 山西麦收进度已近八成，在临汾，300万亩小麦…: a later part of the sentence's region narrows it. */
    static RegionMention narrowest(
            String text, List<RegionMention> regions, int fromIdx, RegionMention subject, int before) {
        RegionMention cur = subject;
        for (int k = fromIdx + 1; k < regions.size() && regions.get(k).end() <= before; k++) {
            RegionMention m = regions.get(k);
            if (!m.inOrganization() && !routeStart(text, m) && contains(cur.regionCode(), m.regionCode())) {
                cur = m;
            }
        }
        return cur;
    }

    /**
     * GB/T 2260 containment: 230000 ⊃ 231200 ⊃ 231224 (the outer code without its trailing 00 pairs
     * is a prefix of the inner one). Codes of clusters and zones (CL-, ZN-) contain nothing.
     */
    static boolean contains(String outer, String inner) {
        if (outer == null || inner == null || outer.equals(inner) || !isDivision(outer) || !isDivision(inner)) {
            return false;
        }
        String prefix = outer;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return inner.startsWith(prefix);
    }

    private static boolean isDivision(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A region of the figure's own sentence that contains the carried one (在山东潍坊，… 。…169万台农机投入山东的春耕生产):
     * the sentence itself gives the figure's level, the earlier part only where it happens. Null if none.
     */
    static RegionMention widerInSentence(List<RegionMention> regions, RegionMention carried, Sentence s) {
        for (RegionMention m : regions) {
            if (!m.inOrganization()
                    && m.start() >= s.start()
                    && m.end() <= s.end()
                    && contains(m.regionCode(), carried.regionCode())) {
                return m;
            }
        }
        return null;
    }

    /** The first region of the nearest earlier sentence of the same paragraph (at most three back), down to the part
     * written right after it. */
    static RegionMention carriedSubject(
            String text, List<Sentence> sentences, List<List<RegionMention>> bySentence, int si) {
        for (int k = si - 1; k >= 0 && k >= si - 3; k--) {
            if (text.substring(sentences.get(k).end(), sentences.get(k + 1).start())
                                    .indexOf('\n')
                            >= 0
                    || text.charAt(sentences.get(k).end() - 1) == '\n') {
                return null;
            }
            List<RegionMention> earlier = bySentence.get(k);
            for (int j = 0; j < earlier.size(); j++) {
                if (!earlier.get(j).inOrganization()) {
                    return specific(earlier, j); // 在福建福州，…: the city, not the province
                }
            }
        }
        return null;
    }

    /** The story's one dominant region: three or more mentions and at least two thirds of all mentions. */
    static RegionMention mainRegion(List<RegionMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, RegionMention> first = new LinkedHashMap<>();
        for (RegionMention m : mentions) {
            counts.merge(m.regionCode(), 1, Integer::sum);
            first.putIfAbsent(m.regionCode(), m);
        }
        String best = null;
        int bestN = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        return bestN >= 3 && bestN * 3 >= mentions.size() * 2 ? first.get(best) : null;
    }

    /**
     * The story's only place: two or more mentions, all of one province or its parts (太原武宿国际机场 … 太原); its
     * most named region. Null otherwise. Weaker than {@link #mainRegion}: used only where no national or foreign
     * word comes before the figure in the story.
     */
    static RegionMention onlyPlace(List<RegionMention> mentions) {
        if (mentions.size() < 2 || !oneFamily(mentions)) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        RegionMention best = null;
        int bestN = 0;
        for (RegionMention m : mentions) {
            int n = counts.merge(m.regionCode(), 1, Integer::sum);
            if (n > bestN) {
                best = m;
                bestN = n;
            }
        }
        return best;
    }

    /** Every mention names one province or its parts. */
    static boolean oneFamily(List<RegionMention> mentions) {
        String province = null;
        for (RegionMention m : mentions) {
            String p = m.provinceCode();
            if (p == null || (province != null && !province.equals(p))) {
                return false;
            }
            province = p;
        }
        return province != null;
    }
}
