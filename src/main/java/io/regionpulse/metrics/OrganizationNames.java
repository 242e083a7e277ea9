package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Places inside organisations' names (issue 15): a region named in an institution's name (四川大学, 中国银行北京分行)
 * is not the subject of its figures, a region named in its own authority's name (广东省统计局, 厦门海关) is, and an
 * organisation introduced by 在 (在江西省兴国县平川中学，…) is where its sentence happens. Pure; the linker's rows in
 * {@code RegionLinkerTest}, this class's own in {@code OrganizationNamesTest}.
 */
final class OrganizationNames {
    private OrganizationNames() {}

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
            RegionMention read = asRead(text, k > 0 ? mentions.get(k - 1) : null, m);
            if (read != m) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(k, read);
            }
        }
        if (out != null) {
            out.removeIf(java.util.Objects::isNull);
        }
        return out == null ? mentions : out;
    }

    /** One mention as the linker reads it, after {@code previous} (null: the first): itself, another, or null (none). */
    private static RegionMention asRead(String text, RegionMention previous, RegionMention m) {
        if (vesselName(text, m)) {
            return null; // 南宁舰, 微山湖舰: a ship named after a place is no mention of it
        }
        if (!m.inOrganization() && strategyName(text, m)) {
            return inOrganization(m, true); // 西部陆海新通道, 西部大开发: a national strategy's name
        }
        if (!m.inOrganization() && Clauses.inSlogan(text, m.start(), m.end())) {
            return inOrganization(m, true); // “汇聚侨力量，圆梦大湾区”: a slogan or a name, not a subject
        }
        if (!m.inOrganization() && previous != null && continuesOrganization(text, previous, m)) {
            return inOrganization(m, true);
        }
        if (m.inOrganization() && previous != null && addressOfName(text, previous, m)) {
            return inOrganization(m, false); // 阿拉善盟阿拉善左旗新井煤业有限公司: the county is where it is
        }
        if (m.inOrganization() && isAuthority(text, m.end())) {
            return inOrganization(m, false);
        }
        return m;
    }

    /** What follows a macro region in the name of a national strategy or corridor: 西部陆海新通道, 中部地区崛起. */
    private static final List<String> STRATEGY_WORDS = List.of("陆海新通道", "大开发", "崛起", "地区崛起", "振兴", "率先发展");

    /**
     * A macro region named in a national strategy or corridor (西部陆海新通道, 西部大开发, 中部崛起, 东北振兴) is that
     * programme's name, not a subject: 西部陆海新通道新年首趟江津班列抵达重庆… is no figure of the west.
     */
    static boolean strategyName(String text, RegionMention m) {
        return m.regionCode() != null
                && m.regionCode().startsWith("MR-")
                && STRATEGY_WORDS.stream().anyMatch(w -> text.startsWith(w, m.end()));
    }

    /**
     * A place written right before 舰 (南宁舰, 微山湖舰, 北海舰队) names a warship or a fleet, not the place: it is neither
     * a subject nor a mention of the story's region.
     */
    static boolean vesselName(String text, RegionMention m) {
        return text.startsWith("舰", m.end());
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
                || !RegionParts.contains(previous.regionCode(), m.regionCode())) {
            return false;
        }
        return INSTITUTION_WORDS.stream().noneMatch(w -> text.startsWith(w, m.end()));
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
                if (n.start() == cur.end() && RegionParts.contains(cur.regionCode(), n.regionCode())) {
                    cur = n; // 江西省兴国县平川中学: the county
                }
            }
            return cur;
        }
        return null;
    }
}
