package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Places written after the number that still place it (issue 15): the place of what is counted (120家江苏企业), the
 * locative of its clause (…在福建海域安装完成) and the place of the event the sentence is about (…将于明年在内蒙古举行).
 * Pure; rows in {@code PlacesAfterNumberTest}.
 */
final class PlacesAfterNumber {
    private PlacesAfterNumber() {}

    /**
     * A place written right after the number and its unit describes what is counted (13名台湾省全国人大代表, 120家江苏
     * 企业): the figure is that place's, as N中国人 is the country's. Null when the number is not followed by a place.
     */
    static RegionMention countedPlace(String text, List<RegionMention> regions, Cand c) {
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() == c.end && !m.inOrganization() && !PlaceLists.inList(text, regions, m)) {
                return RegionParts.specific(regions, k);
            }
        }
        return null;
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
                return PlaceLists.inList(text, regions, m) ? null : RegionParts.specific(regions, k);
            }
        }
        return null;
    }

    /** Verbs of travellers arriving at a place (150万人次入境香港, 20万名游客抵达三亚). */
    static final List<String> ARRIVAL_VERBS = List.of("入境", "抵达", "到达", "来到", "到访", "涌入");

    /** How many characters may stand between the number and the arrival verb (150万人次的游客抵达: 的游客). */
    private static final int ARRIVAL_GAP = 4;

    /**
     * The place the counted travellers arrive at, right after an arrival verb that follows the number in its clause
     * (“五一”假期期间，有约150万人次入境香港): the figure is that place's, as a locative's is. Null when the verb is
     * not there, is farther than {@link #ARRIVAL_GAP}, or the place is in an organisation's name or a list.
     */
    static RegionMention arrivalPlace(String text, List<RegionMention> regions, Cand c, Sentence s) {
        int end = clauseEnd(text, c.end, s.end());
        for (int i = c.end; i < end && i - c.end <= ARRIVAL_GAP; i++) {
            int at = i;
            String verb = ARRIVAL_VERBS.stream()
                    .filter(v -> text.startsWith(v, at))
                    .findFirst()
                    .orElse(null);
            if (verb == null) {
                continue;
            }
            for (int k = 0; k < regions.size(); k++) {
                RegionMention m = regions.get(k);
                if (m.start() == at + verb.length() && !m.inOrganization() && !PlaceLists.inList(text, regions, m)) {
                    return RegionParts.specific(regions, k);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The place of the event the sentence is about, named in a later clause (…共设176个小项，将于2024年在内蒙古
     * 举行): 在/于 + a region + an event verb, anywhere after the number in the sentence.
     */
    static RegionMention eventPlace(String text, List<RegionMention> regions, Cand c, Sentence s) {
        return placeAfterZai(text, regions, c, s, (place, zai) -> ClauseTopics.EVENT_VERBS.stream()
                .anyMatch(v -> text.startsWith(v, place.end())));
    }

    /**
     * The first region after the number in the sentence, right after 在/于 and not inside an organisation's name nor a
     * list, whose specific place (down to the part written after it) and the offset of its 在/于 pass {@code ok}; null
     * if none.
     */
    private static RegionMention placeAfterZai(
            String text, List<RegionMention> regions, Cand c, Sentence s, BiPredicate<RegionMention, Integer> ok) {
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() < c.end || m.start() < 1 || m.inOrganization()) {
                continue;
            }
            if (m.start() >= s.end()) {
                break;
            }
            char before = text.charAt(m.start() - 1);
            RegionMention place = RegionParts.specific(regions, k);
            if ((before == '在' || before == '于')
                    && ok.test(place, m.start() - 1)
                    && !PlaceLists.inList(text, regions, place)) {
                return place;
            }
        }
        return null;
    }

    /** Verbs of a thing made, delivered or put to work at a place (…在青岛完成总装, …在上海交付). */
    static final List<String> FINISHING_VERBS =
            List.of("完成", "建成", "交付", "下线", "投产", "竣工", "并网", "投用", "投入使用", "落成", "封顶");

    /** Adverbs that may stand between the place and the verb (在上海顺利交付). */
    private static final List<String> FINISHING_ADVERBS = List.of("顺利", "成功", "正式", "全面", "已");

    /** What may open a clause before its 在 without being its subject: times (元旦期间, 近日, 5月20日, 今天上午). */
    private static final List<String> TIME_ENDINGS =
            List.of("期间", "今天", "昨天", "近日", "日前", "当天", "目前", "日", "上午", "下午", "晚", "前夕");

    /** How long such a time may be (5月20日上午 is 7 characters). */
    private static final int TIME_SPAN = 8;

    /**
     * Where the thing counted is made, delivered or put to work, said in a later clause with no subject of its own:
     * 重量近4000吨的浮式风电平台，元旦期间在青岛完成总装 (a clause that opens with at most a time, then 在/于 + a region
     * + a finishing verb). A clause with its own subject or intent (，计划在上海建成…) places nothing.
     */
    static RegionMention finishedAt(String text, List<RegionMention> regions, Cand c, Sentence s) {
        return placeAfterZai(
                text,
                regions,
                c,
                s,
                (place, zai) ->
                        finishingVerbAt(text, place.end()) && onlyTimeBefore(text, Math.max(c.end, s.start()), zai));
    }

    private static boolean finishingVerbAt(String text, int at) {
        int i = at;
        for (String a : FINISHING_ADVERBS) {
            if (text.startsWith(a, i)) {
                i += a.length();
                break;
            }
        }
        int from = i;
        return FINISHING_VERBS.stream().anyMatch(v -> text.startsWith(v, from));
    }

    /** From the clause start before {@code zai} (a 在/于) to it, nothing or only a time; the clause is not the number's. */
    private static boolean onlyTimeBefore(String text, int after, int zai) {
        int start = zai;
        while (start > after && CLAUSE_DELIMS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        if (start <= after) {
            return false; // 在 is in the number's own clause: the locative rule's case
        }
        String opening = text.substring(start, zai);
        return opening.isEmpty()
                || opening.length() <= TIME_SPAN && TIME_ENDINGS.stream().anyMatch(opening::endsWith);
    }

    /** Words that make the places after them the path of a line or route: 途经, 贯穿, 横跨 …. */
    static final List<String> PATH_WORDS = List.of("途经", "途径", "经过", "贯穿", "横跨", "连接", "串联", "连通");

    /**
     * Words that name where a line starts (运河北起广西南宁，南至钦州; 公路西起…，东至…; 起于…止于…): the places after
     * them are the line's ends, as a path word's are its path.
     */
    static final List<String> END_WORDS = List.of("北起", "南起", "东起", "西起", "起于", "起自");

    /** How far after the path word its first place may start (途经西藏, 途经甘肃省的). */
    private static final int PATH_GAP = 2;

    /**
     * The line the number measures passes through places of more than one region, named after the number in its sentence
     * (线路全长1901公里，途经西藏、四川、重庆、湖北4省份; 北起北京，南至上海): the figure is several regions'. Places
     * contained in each other (途经四川成都) are one region.
     */
    static boolean passesThrough(String text, List<RegionMention> regions, Cand c, Sentence s) {
        for (String w : PATH_AND_END_WORDS) {
            List<RegionMention> path = pathAfter(text, regions, c, s, w);
            for (RegionMention m : path) {
                if (!RegionParts.related(path.get(0), m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The line the number measures runs through or between places of one region only, named after the number in its
     * sentence (全长134.2公里的运河北起广西南宁平塘江口，南至钦州沙井出海; 线路全长120公里，途经四川成都): the figure
     * is that region's, the first place written (the widest: the others are in it). Null when no path or end word
     * opens places there, or when they are of several regions ({@link #passesThrough}).
     */
    static RegionMention lineWithin(String text, List<RegionMention> regions, Cand c, Sentence s) {
        for (String w : PATH_AND_END_WORDS) {
            List<RegionMention> path = pathAfter(text, regions, c, s, w);
            if (path.isEmpty()) {
                continue;
            }
            RegionMention first = path.get(0);
            for (RegionMention m : path) {
                if (!m.regionCode().equals(first.regionCode())
                        && !RegionParts.contains(first.regionCode(), m.regionCode())) {
                    return null; // a narrower place first (南宁…钦州), or places of several regions
                }
            }
            return first;
        }
        return null;
    }

    private static final List<String> PATH_AND_END_WORDS = java.util.stream.Stream.concat(
                    PATH_WORDS.stream(), END_WORDS.stream())
            .toList();

    /**
     * The places (not inside an organisation's name) from the first occurrence of {@code word} after the number to the
     * sentence's end, the first within {@link #PATH_GAP} of the word; empty when there is none.
     */
    private static List<RegionMention> pathAfter(
            String text, List<RegionMention> regions, Cand c, Sentence s, String word) {
        int at = text.indexOf(word, c.end);
        if (at < 0 || at >= s.end()) {
            return List.of();
        }
        int from = at + word.length();
        List<RegionMention> path = new java.util.ArrayList<>();
        for (RegionMention m : regions) {
            if (m.inOrganization() || m.start() < from || m.start() >= s.end()) {
                continue;
            }
            if (path.isEmpty() && m.start() - from > PATH_GAP) {
                break;
            }
            path.add(m);
        }
        return path;
    }
}
