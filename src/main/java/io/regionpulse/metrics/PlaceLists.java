package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import java.util.List;

/**
 * Places as items of a list (issue 15): places joined by 、和与及 or a route's 至 (西安、咸阳、渭南; 北京至秦皇岛), examples
 * before 等 (苏州、无锡等5个城市), members between 包括 and 在内, and the region that encloses a list (四川…在成都、自贡).
 * A figure about a list is about several regions unless one region of the sentence contains them all. Pure; rows in
 * {@code PlaceListsTest}.
 */
final class PlaceLists {
    private PlaceLists() {}

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
                    && !RegionParts.related(first, m)
                    && text.substring(first.end(), m.start()).indexOf('、') >= 0) {
                return true;
            }
        }
        return false;
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
        return enclosing(regions, from, before, false);
    }

    /**
     * As {@link #enclosing(List, int, int)} for the examples before 等, where the sentence's region named again in an
     * example also encloses them (辽宁将以…、辽宁北斗产业园等15项重大工程为抓手: the examples are the subject's own).
     * One place named once is not enough (杭州等3个城市 is 杭州 and others); nor is a pair (内地与香港) outside 等.
     */
    static RegionMention enclosingExamples(List<RegionMention> regions, int from, int before) {
        return enclosing(regions, from, before, true);
    }

    private static RegionMention enclosing(List<RegionMention> regions, int from, int before, boolean repeatEncloses) {
        RegionMention outer = null;
        boolean inner = false;
        for (RegionMention m : regions) {
            if (m.inOrganization() || m.start() < from || m.end() > before) {
                continue;
            }
            if (outer == null) {
                outer = m;
            } else if (m.regionCode().equals(outer.regionCode())) {
                inner = inner
                        || repeatEncloses && m.start() >= outer.end(); // named again, not the same span read twice
            } else if (RegionParts.contains(outer.regionCode(), m.regionCode())) {
                inner = true;
            } else {
                return null;
            }
        }
        return inner ? outer : null;
    }

    private static final String LIST_JOINERS = "、和与及同至到";

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
}
