package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * 分别 lists (issue 15): a list of figures after 分别 maps one by one onto the regions (北京、上海分别为3%、4%), the
 * quantities (营收100亿元、利润5亿元，同比分别增长8%、5%) or the indicators (出口和进口分别增长3%、4%) listed before it.
 * Runs before {@link RegionLinker}: a figure placed here keeps its region. Rows in {@code MetricExtractorTest} and
 * {@code RegionLinkerTest}.
 */
final class Respectively {
    private Respectively() {}

    /**
     * "A x、B y，同比分别增长p%、q%" maps p onto A and q onto B; "北京、上海分别为p%、q%" maps the regions.
     */
    static void mapRespectively(String text, Sentence s, List<Cand> cands, List<RegionMention> regions) {
        int from = s.start();
        int to = s.end();
        String st = text.substring(from, to);
        int f = st.indexOf("分别");
        while (f >= 0) {
            int abs = from + f;
            int clauseEnd = clauseEnd(text, abs, to);
            List<Cand> list = new ArrayList<>();
            List<Cand> before = new ArrayList<>();
            for (Cand c : cands) {
                if (c.start >= abs
                        && c.start < clauseEnd
                        && (list.isEmpty() || list.get(list.size() - 1).start != c.start)) {
                    list.add(c);
                } else if (c.end <= abs && (before.isEmpty() || before.get(before.size() - 1).start != c.start)) {
                    before.add(c);
                }
            }
            int n = list.size();
            if (n >= 2) {
                boolean change = list.stream().anyMatch(c -> c.change != Change.LEVEL);
                int cs = clauseStart(text, abs, from);
                List<RegionMention> subj = distinctRegions(regions, cs, abs);
                if (subj.size() == n) {
                    for (int i = 0; i < n; i++) {
                        list.get(i).regionCode = subj.get(i).regionCode();
                        list.get(i).regionLink = RegionLink.FENBIE_LIST;
                        list.get(i).scope = Scope.REGION;
                        list.get(i).regionName = subj.get(i).regionName();
                    }
                } else if (change && before.size() >= n) {
                    for (int i = 0; i < n; i++) {
                        Cand p = before.get(before.size() - n + i);
                        list.get(i).indicator = p.indicator;
                        list.get(i).pairedWith = p;
                    }
                } else {
                    String[] items = text.substring(cs, abs).split("[、和及与]");
                    if (items.length == n) {
                        for (int i = 0; i < n; i++) {
                            String ind = IndicatorPhrase.clean(items[i]);
                            if (!ind.isEmpty()) {
                                list.get(i).indicator = ind;
                            }
                        }
                    }
                }
            }
            f = st.indexOf("分别", f + 2);
        }
    }

    /** The regions in [from, to), one per start (of mentions sharing a span, the first). */
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
