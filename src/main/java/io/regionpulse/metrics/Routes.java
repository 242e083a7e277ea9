package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import java.util.List;

/**
 * Routes and combined names (issue 15): a place that starts a route (贵阳开往玉屏, 西宁至格尔木, 银川—天津港) is not the
 * route's only subject unless the other end is abroad (西安至中亚地区航班); a combination written as one word (青藏 =
 * 青海 + 西藏, 京沪) is a line's name at a member written on its own before it. Pure; rows in {@code RoutesTest}.
 */
final class Routes {
    private Routes() {}

    /** 德江至余庆高速: a place followed by 至 starts a route; the route is not about that place alone. */
    static boolean routeStart(String text, RegionMention m) {
        return m.end() < text.length() && text.charAt(m.end()) == '至';
    }

    /** 截至, 乃至, 以至, 直至, 甚至, 及至: 至 ending a word, not joining a route's two ends. */
    private static final String NOT_ROUTE_BEFORE_ZHI = "截乃以直甚及";

    /**
     * The place ends a route (上海虹桥至西安北, 银川—天津港): 至 or a dash right before it, a route's start (any name,
     * a station the gazetteer does not know) before that. 截至, 乃至, 直至 and the like are no route.
     */
    static boolean routeEnd(String text, RegionMention m) {
        int s = m.start();
        if (s < 2 || !Character.isIdeographic(text.charAt(s - 2))) {
            return false;
        }
        char joiner = text.charAt(s - 1);
        return joiner == '至' && NOT_ROUTE_BEFORE_ZHI.indexOf(text.charAt(s - 2)) < 0 || DASHES.indexOf(joiner) >= 0;
    }

    /** Verbs of travel that join a route's two ends (贵阳开往玉屏, 北京往返上海). */
    private static final List<String> ROUTE_VERBS = List.of("开往", "驶往", "飞往", "通往", "直达", "往返");

    /**
     * 至今, 至少, 至多, 至关: 至 as part of a word, neither a route's 至 nor a range's ({@link PlaceCues}'s 其中 rule
     * reads its 至 with these only).
     */
    static final String ZHI_WORD_TAILS = "今少多关";

    /**
     * 至此, 至于 too: after a place they are no route. Not in {@link #ZHI_WORD_TAILS}: {@code PlaceCues.rangeFrom}
     * never excluded them, and adding them there would change its decisions (其中，广东至此… would become a subset
     * place); on the 2023 新闻联播 corpus it changes none, but that was not reviewed, so the two lists stay apart.
     */
    private static final String NOT_ROUTE_AFTER_ZHI = ZHI_WORD_TAILS + "此于";

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
        return !abroad(text, end) && !crossBorderLine(text, m.start());
    }

    /** Words naming a line abroad written before its route (跨境电商空运专线“厦门—圣保罗”, 国际班列“成都—罗兹”). */
    private static final List<String> CROSS_BORDER_LINES =
            List.of("跨境", "国际航线", "国际航班", "国际班列", "国际货运", "国际物流", "国际专线");

    /**
     * The route starting at {@code start} is named as a line abroad in its clause before it (国内首条金砖城市跨境电商空运
     * 专线“厦门—圣保罗”…搭载货物1859吨): its other end is a foreign city the gazetteer does not know, and the line is its
     * Chinese city's, as {@link #abroad} finds after the joiner.
     */
    static boolean crossBorderLine(String text, int start) {
        int from = start;
        while (from > 0 && start - from < ROUTE_NAME && CLAUSE_DELIMS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String before = text.substring(from, start);
        return CROSS_BORDER_LINES.stream().anyMatch(before::contains);
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
        if (ScopeMarkers.FOREIGN.stream().anyMatch(w -> text.startsWith(w, end))
                || AREAS_ABROAD.stream().anyMatch(w -> text.startsWith(w, end))) {
            return true;
        }
        int stop = end;
        while (stop < text.length() && stop - end < ROUTE_NAME && CLAUSE_DELIMS.indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        return text.substring(end, stop).contains("国际");
    }

    /**
     * A member of a combination written as one word (青藏 = 青海 + 西藏, 川渝) stands for all its members: another
     * combined mention shares its span with a region that neither contains nor is contained in it (第二次青藏科考…
     * 共有170多名科考队员 is not 青海's).
     */
    static boolean standsForSeveral(List<RegionMention> regions, RegionMention m) {
        if (!m.isCombined()) {
            return false;
        }
        for (RegionMention o : regions) {
            if (o != m
                    && o.start() == m.start()
                    && o.end() == m.end()
                    && o.isCombined()
                    && !o.regionCode().equals(m.regionCode())
                    && !RegionParts.contains(m.regionCode(), o.regionCode())
                    && !RegionParts.contains(o.regionCode(), m.regionCode())) {
                return true;
            }
        }
        return false;
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
}
