package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import java.util.ArrayList;
import java.util.List;

/** 分别 lists (issue 15): the regions a list of figures maps onto (北京、上海分别为3%、4%). */
final class Respectively {
    private Respectively() {}

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
}
