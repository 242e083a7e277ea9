package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import java.util.List;

/**
 * Small structures of a sentence that place a figure, found on portal pages (issue 15, ninth round): 其中 + a place
 * (the part a figure is about), 产自 + a place (where a share of some output is made), 距离 + a place (a distance's
 * reference point, not its subject), and a marker inside a time clause (…加征关税后，) that does not displace the
 * sentence's earlier subject; and (tenth round, People's Daily text) a fare for a trip to a place (每人再拿出120元的
 * 车票费去北京), like a distance, is no place's figure. Pure; each rule has rows in {@code PlaceCuesTest}.
 */
final class PlaceCues {
    private PlaceCues() {}

    /** Words after which a place is where the counted output is made: 全球25%的手机产自东莞. */
    static final List<String> MADE_IN = List.of("产自", "产于", "生产于", "制造于");

    /** Words directly before a place that make it a distance's reference point: 距离杭州1400公里. */
    static final List<String> DISTANCE_FROM = List.of("距离", "距", "离");

    /** Units of length: a figure in one of them after 距离 + a place is a distance between places. */
    static final List<String> LENGTH_UNITS = List.of("m", "km");

    /** Words for the price of one trip: a sum of money with one of them in its clause is a fare. */
    static final List<String> FARE_WORDS = List.of("票价", "车票", "票费", "客票", "机票", "船票", "车费", "路费", "船费", "运费", "票款");

    /** Words right before a place that make it a trip's destination: 去北京, 到北京, 开往北京. */
    static final List<String> TRIP_TO = List.of("去", "到", "往", "至", "赴");

    /** Ends of a clause that is a time condition (美国加征关税后，): its words set no subject for later clauses. */
    static final List<String> TIME_CLAUSE_ENDS = List.of("后", "之后", "以后");

    /** Characters allowed between 其中 and its place: 其中，西藏西南部… / 其中：广州… */
    private static final String AFTER_QIZHONG = "，,：: ";

    /**
     * 其中，西藏西南部局地有大雪(5～9毫米): the place right after the sentence's last 其中 before the number is the
     * part the figure is about, when no other unrelated place and no marker stands between it and the number, and
     * it is no item of a list (其中广东、江苏分别… stays with the list rules). Null otherwise.
     */
    static RegionMention subsetPlace(
            String text, List<RegionMention> regions, int sentenceStart, int numberStart, int lastMarkerEnd) {
        int q = text.lastIndexOf("其中", numberStart - 1);
        if (q < sentenceStart || q + 2 > numberStart) {
            return null;
        }
        int j = q + 2;
        while (j < numberStart && AFTER_QIZHONG.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() != j || m.inOrganization() || m.end() > numberStart) {
                continue;
            }
            if (lastMarkerEnd > m.start()
                    || PlaceLists.inList(text, regions, m)
                    || rangeFrom(text, m.end(), numberStart)
                    || sharesSpan(regions, m)) {
                return null; // 其中广东、江苏…; 其中，四川盆地至长江中下游…; 其中，中西部地区… (中部 + 西部)
            }
            for (RegionMention o : regions) {
                if (o.start() >= m.end()
                        && o.end() <= numberStart
                        && !o.inOrganization()
                        && !o.regionCode().equals(m.regionCode())
                        && !RegionParts.contains(m.regionCode(), o.regionCode())) {
                    return null; // 其中，成都宽窄巷子、绵阳科技城…: another place, not a part of it, is nearer
                }
            }
            return RegionParts.specific(regions, k);
        }
        return null;
    }

    /**
     * 四川盆地至长江中下游一带: a 至 (not 至今/至少/至多/至关) after the place spans an area to somewhere else. Unlike
     * {@link Routes#routeToAnyEnd}, 至此/至于 and a 至 before a digit count here (see {@code Routes.NOT_ROUTE_AFTER_ZHI}).
     */
    private static boolean rangeFrom(String text, int from, int to) {
        for (int i = text.indexOf('至', from); i >= 0 && i < to; i = text.indexOf('至', i + 1)) {
            if (i + 1 < text.length() && Routes.ZHI_WORD_TAILS.indexOf(text.charAt(i + 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Another mention with the same start and a different region: a combined name (中西部 = 中部 + 西部). */
    private static boolean sharesSpan(List<RegionMention> regions, RegionMention m) {
        return regions.stream()
                .anyMatch(
                        o -> o != m && o.start() == m.start() && !o.regionCode().equals(m.regionCode()));
    }

    /**
     * 全球25%智能手机、20%毛衣…均产自东莞: a place right after 产自/产于 later in the number's clause (the list
     * separator 、 does not end it) is where the counted output is made, so the figure is that place's. Not a place
     * inside an organisation's name or one item of a list.
     */
    static RegionMention madeIn(String text, List<RegionMention> regions, int numberEnd, int sentenceEnd) {
        int end = numberEnd;
        while (end < sentenceEnd && "，,；;。！？!?".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() < numberEnd || m.start() >= end || m.inOrganization()) {
                continue;
            }
            int at = m.start();
            if (endsWithAny(text, at, MADE_IN)) {
                return PlaceLists.inList(text, regions, m) ? null : RegionParts.specific(regions, k);
            }
        }
        return null;
    }

    /**
     * 除了北京之外，…; 除上海外，…: a place set aside by 除(了)…之外/以外/外 is what the rest of the sentence is not about, so
     * it is no subject of the figures that follow. 除 alone counts only at a clause's start (清除, 排除 are verbs).
     */
    static boolean setAside(String text, RegionMention m) {
        int s = m.start();
        boolean opens = s >= 2 && text.startsWith("除了", s - 2)
                || s >= 1 && text.charAt(s - 1) == '除' && (s == 1 || CLAUSE_DELIMS.indexOf(text.charAt(s - 2)) >= 0);
        if (!opens) {
            return false;
        }
        for (int i = m.end(); i < Math.min(text.length() - 1, m.end() + SET_ASIDE_SPAN); i++) {
            if (text.startsWith("之外", i) || text.startsWith("以外", i)) {
                return true;
            }
            if (text.charAt(i) == '外' && CLAUSE_DELIMS.indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
            if (CLAUSE_DELIMS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** How far after the place 之外/以外/外 may close a 除(了) phrase (除了北京等地之外). */
    private static final int SET_ASIDE_SPAN = 8;

    /**
     * 来到距离杭州1400公里外的贵州山区: a length whose clause names a place right after 距离/距/离 before the number is
     * a distance between places, which is no place's figure.
     */
    static boolean distanceFromPlace(
            String text, List<RegionMention> regions, String unit, int clauseStart, int numberStart) {
        if (unit == null || !LENGTH_UNITS.contains(unit)) {
            return false;
        }
        for (RegionMention m : regions) {
            int at = m.start();
            if (at < clauseStart || m.end() > numberStart) {
                continue;
            }
            if (endsWithAny(text, at, DISTANCE_FROM)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 每人再拿出120元的车票费去北京: a sum of money whose clause holds a fare word (票价, 车票, 机票 …) and names a
     * destination (去/到/往/至/赴 + a place) is the price of a trip between places, which is no place's figure (as a
     * distance is not). A fare without a destination (北京地铁票价收入20亿元) is left to the other rules.
     */
    static boolean fareToPlace(String text, List<RegionMention> regions, String unit, int clauseStart, int clauseEnd) {
        if (unit == null || !unit.matches("[A-Z]{3}")) {
            return false; // money units are ISO currency codes
        }
        String clause = text.substring(clauseStart, clauseEnd);
        if (FARE_WORDS.stream().noneMatch(clause::contains)) {
            return false;
        }
        return regions.stream()
                .anyMatch(m -> m.start() >= clauseStart
                        && m.end() <= clauseEnd
                        && !m.inOrganization()
                        && endsWithAny(text, m.start(), TRIP_TO));
    }

    /**
     * The clause [start, end) is a time condition (ends in 后) and the sentence named a place (outside an
     * organisation's name) before it: its words set no topic for the clauses after it.
     */
    static boolean timeClauseAfterPlace(
            String text, List<RegionMention> regions, int sentenceFrom, int start, int end) {
        String clause = text.substring(start, end);
        return TIME_CLAUSE_ENDS.stream().anyMatch(clause::endsWith) && placeBetween(regions, sentenceFrom, start);
    }

    /**
     * 马多克在中国南昌调研后发现，当地公园里超过50%的使用者是老年人: 当地 in the number's clause, which names no place
     * of its own, refers to the last place named before it in the sentence (outside an organisation's name).
     */
    static RegionMention localPlace(
            String text, List<RegionMention> regions, int sentenceFrom, int clauseStart, int numberStart) {
        int at = text.indexOf("当地", clauseStart);
        if (at < 0 || at >= numberStart) {
            return null;
        }
        RegionMention last = null;
        int lastIdx = -1;
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.inOrganization() || m.start() < sentenceFrom || m.end() > numberStart) {
                continue;
            }
            if (m.start() >= clauseStart) {
                return null; // the clause names its own place
            }
            last = m;
            lastIdx = k;
        }
        return last == null ? null : RegionParts.specific(regions, lastIdx);
    }

    /**
     * 一份对东莞587家重点企业的调研，美国对剩余3000亿美元清单加征关税后，预计订单量…占24.6%: a marker (ending at
     * {@code markerEnd}) inside an earlier clause that is a time condition (ends in 后) does not displace a place the
     * sentence named before that clause; true when the marker should be ignored for a number in a later clause.
     */
    static boolean markerInTimeClause(
            String text, List<RegionMention> regions, int markerEnd, int sentenceFrom, int numberClauseStart) {
        if (markerEnd < 0 || markerEnd > numberClauseStart) {
            return false;
        }
        int end = clauseEnd(text, markerEnd, numberClauseStart);
        if (end >= numberClauseStart) {
            return false;
        }
        String clause = text.substring(sentenceFrom, end);
        if (TIME_CLAUSE_ENDS.stream().noneMatch(clause::endsWith)) {
            return false;
        }
        return placeBetween(regions, sentenceFrom, clauseStart(text, markerEnd - 1, sentenceFrom));
    }

    /** Some place outside an organisation's name lies within [from, to). */
    private static boolean placeBetween(List<RegionMention> regions, int from, int to) {
        return regions.stream().anyMatch(r -> !r.inOrganization() && r.start() >= from && r.end() <= to);
    }

    /** One of {@code words} ends right before {@code at}. */
    private static boolean endsWithAny(String text, int at, List<String> words) {
        return words.stream().anyMatch(w -> at >= w.length() && text.startsWith(w, at - w.length()));
    }
}
