package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.List;

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
            RegionMention place = RegionParts.specific(regions, k);
            if ((before == '在' || before == '于')
                    && ClauseTopics.EVENT_VERBS.stream().anyMatch(v -> text.startsWith(v, place.end()))
                    && !PlaceLists.inList(text, regions, place)) {
                return place;
            }
        }
        return null;
    }
}
