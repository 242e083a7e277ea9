package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.List;

/**
 * Decides the scope and region of each metric of a sentence: the order in which the rule families are consulted.
 * The rules themselves live by family: {@link ScopeMarkers} (national and foreign words), {@link OrganizationNames}
 * (a place in an institution's name is no subject, one in its authority's name is), {@link PlaceLists} (lists,
 * examples before 等, the region enclosing them), {@link Routes} (routes and combined names), {@link RegionParts}
 * (containment, a region narrowed to its part down to the county), {@link PlaceCues} (其中, 产自, 距离, 当地, fares),
 * {@link ClauseTopics} (a clause's topic and topic chains), {@link PlacesAfterNumber} (counted places, locatives,
 * event places), {@link InheritedRegions} (the sentence's, an earlier sentence's and the story's region). 分别 lists
 * are mapped before linking ({@link Respectively}); a figure they placed keeps its region.
 */
final class RegionLinker {
    private RegionLinker() {}

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
        if (ScopeMarkers.countsCountries(c, text)) {
            setMarker(c, Scope.FOREIGN);
            return;
        }
        if (ScopeMarkers.countsProvinces(c, text) && countryInView(c, text, regions)) {
            setMarker(c, Scope.NATIONAL); // 已有25个省份…用上降价后的产品: a count of the country's provinces
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
        if (ScopeMarkers.nationalPeopleAfter(text, c.end)) {
            setMarker(c, Scope.NATIONAL); // 近3.5亿中国人参与冰雪运动: the people counted are the country's
            return;
        }
        RegionMention counted = PlacesAfterNumber.countedPlace(text, regions, c);
        if (counted != null) {
            setRegion(c, counted, RegionLink.CLAUSE_SUBJECT); // 13名台湾省全国人大代表, 120家江苏企业
            return;
        }
        Subjects before = subjectsBefore(text, regions, c, cs, sentenceFrom);
        RegionMention nearest = before.nearest();
        RegionMention firstBefore = before.first();
        int firstBeforeIdx = before.firstIdx();
        RegionMention lastBefore = before.last();
        RegionMention located;
        int national = ScopeMarkers.lastMarker(text, sentenceFrom, c.tokenStart, ScopeMarkers.NATIONAL, true, regions);
        int foreign = ScopeMarkers.lastMarker(text, sentenceFrom, c.tokenStart, ScopeMarkers.FOREIGN, false);
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
                && PlaceLists.enclosing(regions, sentenceFrom, c.tokenStart) == null) {
            c.regionLink = RegionLink.SEVERAL_REGIONS; // 北京、天津、河南北部、山东等地出现35℃高温; 粤港澳三地在深圳公布110项
        } else if (nearest != null && PlaceLists.examplesBefore(text, c, regions, cs)) {
            // 我国新增广东深圳福田红树林湿地等18处: the places before 等 are examples of what is counted
            if (marker >= cs
                    && marker
                            <= PlaceLists.firstInClause(regions, cs, c.tokenStart)
                                    .start()) {
                setMarker(c, markerScope);
            } else if (!PlaceLists.weatherReading(c)
                    && (enclosing = PlaceLists.enclosingExamples(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.CLAUSE_SUBJECT); // 江苏苏州、无锡等5个城市; 辽宁…辽宁北斗产业园等15项
            } else {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 杭州、宁波等3个城市
            }
        } else if (nearest != null && marker <= nearest.start() && PlaceLists.inList(text, regions, nearest)) {
            if (!PlaceLists.weatherReading(c)
                    && (enclosing = PlaceLists.enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.CLAUSE_SUBJECT); // 四川…在成都、自贡建设3个集群
            } else {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 西安、咸阳、渭南4个城市; 内地与香港贸易
            }
        } else if (nearest != null
                && marker <= nearest.start()
                && (Routes.routeToAnyEnd(text, nearest) || Routes.routeEnd(text, nearest))) {
            if ((enclosing = PlaceLists.enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.CLAUSE_SUBJECT); // 甘肃兰州至敦煌铁路: the province named first
            } else {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 贵阳开往玉屏的列车全程330多公里; 上海虹桥至西安北等方向高铁
            }
        } else if (nearest != null
                && marker <= nearest.start()
                && PlaceLists.placesStartListItems(text, regions, cs, c.tokenStart)) {
            c.regionLink = RegionLink.SEVERAL_REGIONS; // 南京夫子庙片区、长沙五一商圈、西安城墙景区等…超100万人次
        } else if (nearest != null && marker <= nearest.start()) {
            nearest = RegionParts.firstOfSiblings(regions, nearest);
            RegionMention member = Routes.memberNamedBefore(regions, nearest, sentenceFrom);
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
                && PlacesAfterNumber.locative(text, regions, c, s) == null
                && (topic = ClauseTopics.chained(text, sentenceFrom, cs, regions)) != null) {
            applyTopic(c, topic, text, regions); // 中国向世界奉献了北京冬奥盛会，并带动3亿人…: the chain's topic, not the object
        } else if (marker >= cs || (marker >= 0 && (lastBefore == null || marker > lastBefore.start()))) {
            setMarker(c, markerScope);
        } else if (firstBefore != null
                && InheritedRegions.onlyRegion(text, regions, firstBeforeIdx, firstBefore, c.tokenStart, s.start())) {
            firstBefore = RegionParts.narrowest(text, regions, firstBeforeIdx, firstBefore, c.tokenStart);
            if (PlaceLists.inList(text, regions, firstBefore)
                    && (enclosing = PlaceLists.enclosing(regions, sentenceFrom, c.tokenStart)) != null) {
                setRegion(c, enclosing, RegionLink.SENTENCE); // 贵州德江至余庆高速…全长120公里
            } else if (PlaceLists.inList(text, regions, firstBefore)) {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 北京至秦皇岛高速…全长264公里; 西安、咸阳…惠及人口1400万
            } else if (Routes.routeToAnyEnd(text, firstBefore)) {
                c.regionLink = RegionLink.SEVERAL_REGIONS; // 在贵阳开往玉屏的“慢火车”上，330多公里的里程…
            } else {
                setRegionOrSeveral(c, regions, firstBefore, RegionLink.SENTENCE);
            }
        } else if (firstBefore == null && (located = PlacesAfterNumber.locative(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.CLAUSE_SUBJECT); // 首台16兆瓦风电机组在福建海域安装完成
        } else if (firstBefore == null && (located = PlacesAfterNumber.arrivalPlace(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.CLAUSE_SUBJECT); // 假期期间，有约150万人次入境香港
        } else if (firstBefore == null && (located = PlacesAfterNumber.eventPlace(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.SENTENCE); // 运动会共设176个小项，将于明年在内蒙古举行
        } else if (firstBefore == null && (located = PlacesAfterNumber.finishedAt(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.SENTENCE); // 重量近4000吨的浮式平台，元旦期间在青岛完成总装
        } else if (firstBefore == null
                && (located = OrganizationNames.locatedOrganization(text, regions, s, c)) != null) {
            setRegion(c, located, RegionLink.SENTENCE); // 在江西省兴国县平川中学，…3000多名学生参与其中
        } else if (firstBefore == null && PlacesAfterNumber.passesThrough(text, regions, c, s)) {
            c.regionLink = RegionLink.SEVERAL_REGIONS; // 线路全长1901公里，途经西藏、四川、重庆、湖北4省份
        } else if (firstBefore == null && (located = PlacesAfterNumber.lineWithin(text, regions, c, s)) != null) {
            setRegion(c, located, RegionLink.SENTENCE); // 全长134.2公里的运河北起广西南宁…，南至钦州…
        } else if (firstBefore == null && carried != null) {
            RegionMention wider = InheritedRegions.widerInSentence(regions, carried, s);
            setRegion(c, wider != null ? wider : carried, RegionLink.CONTEXT);
        } else if (firstBefore == null && story != null) {
            setRegion(c, story, RegionLink.STORY);
        } else if (firstBefore == null
                && onlyPlace != null
                && ScopeMarkers.lastMarker(text, 0, c.tokenStart, ScopeMarkers.NATIONAL, true) < 0
                && ScopeMarkers.lastMarker(text, 0, c.tokenStart, ScopeMarkers.FOREIGN, false) < 0) {
            setRegion(c, onlyPlace, RegionLink.STORY); // a story about 太原's airport, no national word before
        }
    }

    /**
     * The regions before the number that may be its subject (not inside an organisation's name or a title, not a
     * member between 包括 and 在内, not a macro region that is part of an earlier province): the nearest one in its
     * clause, and the first (not the object of a verb; down to the part written after it) and last in the sentence. A place
     * set aside by 除(了)…之外 is none of them.
     */
    private record Subjects(RegionMention nearest, RegionMention first, int firstIdx, RegionMention last) {}

    private static Subjects subjectsBefore(String text, List<RegionMention> regions, Cand c, int cs, int sentenceFrom) {
        RegionMention nearest = null;
        RegionMention firstBefore = null;
        int firstBeforeIdx = -1;
        RegionMention lastBefore = null;
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.inOrganization()
                    || Clauses.inBookTitle(text, m.start(), sentenceFrom)
                    || PlaceCues.setAside(text, m)
                    || PlaceLists.includedMember(text, m)
                    || RegionParts.partOfEarlierProvince(regions, m, cs)) {
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
                    if (firstBefore == null && !ClauseTopics.objectOfVerb(text, m)) {
                        firstBefore = Routes.routeStart(text, RegionParts.specific(regions, k))
                                ? m
                                : RegionParts.specific(regions, k);
                        firstBeforeIdx = k;
                    }
                    lastBefore = m;
                }
            }
        }
        return new Subjects(nearest, firstBefore, firstBeforeIdx, lastBefore);
    }

    /**
     * The country is in view before the number: a national word within {@link ScopeMarkers#PROVINCES_CONTEXT}
     * characters (国家组织…集采。目前，已有25个省份…) or a Chinese place earlier in its sentence (甘肃、江西等7个省份).
     */
    private static boolean countryInView(Cand c, String text, List<RegionMention> regions) {
        int from = Math.max(0, c.tokenStart - ScopeMarkers.PROVINCES_CONTEXT);
        return ScopeMarkers.lastMarker(text, from, c.tokenStart, ScopeMarkers.NATIONAL, true, regions) >= 0
                || regions.stream().anyMatch(m -> m.end() <= c.tokenStart);
    }

    /**
     * The scope of a topic that a clause without its own continues; a topic that is a combination standing for several
     * provinces (闽粤…，单日送电规模突破100万千瓦) is several regions', as a clause's subject is.
     */
    static void applyTopic(Cand c, ClauseTopics.Topic topic, String text, List<RegionMention> regions) {
        switch (topic.kind()) {
            case REGION -> {
                if (Routes.routeToAnyEnd(text, topic.region())) {
                    c.regionLink = RegionLink.SEVERAL_REGIONS; // 在兰州开往敦煌的列车上，…: a route's start
                } else {
                    setRegionOrSeveral(c, regions, topic.region(), RegionLink.SENTENCE);
                }
            }
            case SEVERAL -> c.regionLink = RegionLink.SEVERAL_REGIONS;
            case NATIONAL -> {
                setMarker(c, Scope.NATIONAL);
            }
            case FOREIGN -> {
                setMarker(c, Scope.FOREIGN);
            }
        }
    }

    /**
     * As {@link #setRegion}, but a member of a combination written as one word (青藏, 川渝) that stands for all its
     * members ({@link Routes#standsForSeveral}) makes the figure one of several regions.
     */
    static void setRegionOrSeveral(Cand c, List<RegionMention> regions, RegionMention m, RegionLink link) {
        if (Routes.standsForSeveral(regions, m)) {
            c.regionLink = RegionLink.SEVERAL_REGIONS;
            return;
        }
        setRegion(c, m, link);
    }

    static void setRegion(Cand c, RegionMention m, RegionLink link) {
        c.scope = Scope.REGION;
        c.regionCode = m.regionCode();
        c.regionName = m.regionName();
        c.regionLink = link;
    }

    /** A national or foreign marker decided the figure: {@code scope} is {@link Scope#NATIONAL} or {@link Scope#FOREIGN}. */
    private static void setMarker(Cand c, Scope scope) {
        c.scope = scope;
        c.regionLink = scope == Scope.NATIONAL ? RegionLink.NATIONAL_MARKER : RegionLink.FOREIGN_MARKER;
    }

    static void copy(Cand c, Cand from, RegionLink link) {
        c.scope = from.scope;
        c.regionCode = from.regionCode;
        c.regionName = from.regionName;
        c.regionLink = link;
    }
}
