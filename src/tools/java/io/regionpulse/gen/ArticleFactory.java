package io.regionpulse.gen;

import io.regionpulse.gen.Article.TruthMetric;
import io.regionpulse.gen.Article.TruthRegion;
import io.regionpulse.gen.RegionPool.Entry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes synthetic regional-economy news stories from sentence templates, recording every region
 * surface and every number as it writes them, so the ground truth is exact by construction.
 * A story depends only on (seed, story number): copies of a story can be regenerated anywhere.
 */
public final class ArticleFactory {
    /** First day of the generated year; stories are spread over the 366 days from here. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 7, 1);

    private final RegionPool pool;
    private final long seed;

    public ArticleFactory(RegionPool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** Stable story id for story number {@code n} under this seed. */
    public String storyId(long n) {
        return String.format("st%d-%06x", n, Mix.hash(seed, n, 0x51) & 0xffffffL);
    }

    public Article story(long n) {
        SplittableRandom rng = new SplittableRandom(Mix.hash(seed, n, 0xA7));
        Topic topic = TOPICS[rng.nextInt(TOPICS.length)];
        Entry main;
        Entry province;
        if (rng.nextInt(100) < 60 && !pool.cities().isEmpty()) {
            main = pick(rng, pool.cities());
            province = pool.get(main.provinceCode());
        } else {
            main = pick(rng, pool.provinces());
            province = main;
        }
        while (main.code().startsWith("81") || main.code().startsWith("82")) { // 香港/澳门: no 省厅/市局 offices
            main = pick(rng, pool.provinces());
            province = main;
        }
        Entry other = pickOther(rng, main, province);
        LocalDate date = FIRST_DAY.plusDays(rng.nextInt(366));
        LocalDateTime at = LocalDateTime.of(date, LocalTime.of(8 + rng.nextInt(15), rng.nextInt(60), rng.nextInt(60)));
        int year = date.getYear();
        int refYear = date.getMonthValue() <= 3 ? year - 1 : year; // 年报 season: last year's figures

        Draft d = new Draft(rng, year, refYear);
        d.main = main;
        // lead: when, who, which office
        d.text(date.getMonthValue() + "月" + date.getDayOfMonth() + "日，记者从");
        d.regionFull(main);
        d.text(pick(rng, main == province ? PROVINCE_OFFICES : CITY_OFFICES) + "获悉，" + pick(rng, topic.leads()) + "。");
        String lead = d.endParagraph();
        d.text(pick(rng, topic.leads()) + "，");
        d.regionFull(main);
        d.text(pick(rng, main == province ? PROVINCE_OFFICES : CITY_OFFICES) + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日" + pick(rng, ALT_LEAD_VERBS) + "。");
        String altLead = d.endParagraph();
        d.discardParagraphs(); // leads are kept apart from the body

        int bodyParas = 2 + rng.nextInt(3);
        for (int i = 0; i < bodyParas; i++) {
            int sentences = 1 + rng.nextInt(2);
            for (int s = 0; s < sentences; s++) {
                Entry subject = s == 0 && i == 0 ? main : (rng.nextInt(100) < 25 ? other : main);
                d.metricSentence(topic, subject, pool, this);
            }
            d.endParagraph();
        }
        if (rng.nextInt(100) < 55) {
            d.cooperation(topic, main, province, other, pool);
            d.endParagraph();
        }
        if (rng.nextInt(100) < 40) {
            d.text("“" + pick(rng, QUOTES) + "”");
            d.regionFull(main);
            d.text(pick(rng, main == province ? PROVINCE_OFFICES : CITY_OFFICES) + "相关负责人表示。");
            d.endParagraph();
        }
        if (rng.nextInt(100) < 80) {
            d.target(topic, main);
            d.endParagraph();
        }
        String title = d.title(topic, main);
        String author = pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES);
        String source = pick(rng, OUTLETS);
        List<String> tags = List.of(main.shortName(), topic.name());
        return new Article(
                storyId(n),
                at,
                title,
                author,
                source,
                lead,
                altLead,
                List.copyOf(d.paragraphs),
                List.copyOf(d.regions.values()),
                List.copyOf(d.metrics),
                tags);
    }

    private Entry pickOther(SplittableRandom rng, Entry main, Entry province) {
        for (int i = 0; i < 10; i++) {
            Entry o = rng.nextBoolean() ? pick(rng, pool.provinces()) : pick(rng, pool.cities());
            if (!o.code().equals(main.code())
                    && !o.code().equals(province.code())
                    && !o.provinceCode().equals(main.provinceCode())) {
                return o;
            }
        }
        return pool.provinces().get(0).code().equals(province.code())
                ? pool.provinces().get(1)
                : pool.provinces().get(0);
    }

    static <T> T pick(SplittableRandom rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    static <T> T pick(SplittableRandom rng, T[] array) {
        return array[rng.nextInt(array.length)];
    }

    /** Regions and numbers for chrome (related lists): a headline about some other region. */
    public String relatedHeadline(SplittableRandom rng, Entry r, List<Double> numbersOut) {
        MoneyIndicator mi = pick(rng, MONEY);
        BigDecimal v = BigDecimal.valueOf(mi.lo() + rng.nextInt(Math.max(1, mi.hi() - mi.lo())));
        BigDecimal pct = BigDecimal.valueOf(10 + rng.nextInt(400)).movePointLeft(1);
        numbersOut.add(v.movePointRight(8).doubleValue());
        numbersOut.add(pct.doubleValue());
        return switch (rng.nextInt(4)) {
            case 0 -> r.shortName() + mi.name() + "突破" + plain(v) + "亿元";
            case 1 -> r.shortName() + "：" + mi.name() + "同比增长" + plain(pct) + "%";
            case 2 -> r.shortName() + mi.name() + "达到" + plain(v) + "亿元 增长" + plain(pct) + "%";
            default -> r.shortName() + "一季度" + mi.name() + "增长" + plain(pct) + "%";
        };
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------------------------------------

    /** The article being written: text so far plus the truth recorded while writing it. */
    static final class Draft {
        final SplittableRandom rng;
        final int year;
        final int refYear;
        final StringBuilder sb = new StringBuilder();
        final List<String> paragraphs = new ArrayList<>();
        final Map<String, TruthRegion> regions = new LinkedHashMap<>();
        final List<TruthMetric> metrics = new ArrayList<>();
        String headlineFigure;
        Entry main;

        Draft(SplittableRandom rng, int year, int refYear) {
            this.rng = rng;
            this.year = year;
            this.refYear = refYear;
        }

        void text(String s) {
            sb.append(s);
        }

        void record(String code, String name, String surface) {
            regions.putIfAbsent(code + "|" + surface, new TruthRegion(code, name, surface));
        }

        void region(Entry e) {
            String s = rng.nextInt(100) < 30 ? e.name() : e.shortName();
            sb.append(s);
            record(e.code(), e.name(), s);
        }

        void regionFull(Entry e) {
            sb.append(e.name());
            record(e.code(), e.name(), e.name());
        }

        String endParagraph() {
            String p = sb.toString();
            sb.setLength(0);
            if (!p.isEmpty()) paragraphs.add(p);
            return p;
        }

        void discardParagraphs() {
            paragraphs.clear();
        }

        void metric(
                String surface,
                BigDecimal written,
                int pow10,
                String unit,
                String mw,
                String qualifier,
                String change,
                String comparison,
                Integer targetYear,
                Integer referenceYear,
                String indicator,
                Entry region) {
            metrics.add(new TruthMetric(
                    surface,
                    written.movePointRight(pow10).doubleValue(),
                    unit,
                    mw,
                    qualifier,
                    change,
                    comparison,
                    targetYear != null,
                    targetYear,
                    referenceYear,
                    indicator,
                    region == null ? null : region.code()));
        }

        /** A money amount scaled to the subject: a prefecture reports about a quarter of a province. */
        Amount money(MoneyIndicator mi, Entry subject) {
            if (subject != null && "city".equals(subject.level())) {
                return money(new MoneyIndicator(
                        mi.name(), Math.max(1, mi.lo() / 4), Math.max(mi.lo() / 4 + 2, mi.hi() / 4)));
            }
            return money(mi);
        }

        /** A money amount in 亿元 (or 万亿元 / 万元) with its surface and power of ten. */
        Amount money(MoneyIndicator mi) {
            if (mi.hi() <= 5) { // small grants are reported in 万元
                BigDecimal wan = BigDecimal.valueOf(100 + rng.nextInt(9800));
                return new Amount(plain(wan) + "万元", wan, 4);
            }
            int span = Math.max(1, mi.hi() - mi.lo());
            BigDecimal yi =
                    BigDecimal.valueOf(mi.lo() * 10L + rng.nextInt(span * 10)).movePointLeft(1);
            if (rng.nextInt(100) < 40) yi = yi.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
            if (yi.compareTo(BigDecimal.valueOf(10000)) >= 0) {
                BigDecimal wy =
                        yi.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
                return new Amount(plain(wy) + "万亿元", wy, 12);
            }
            if (yi.compareTo(BigDecimal.valueOf(3)) < 0 && rng.nextBoolean()) {
                BigDecimal wan = yi.movePointRight(4).setScale(0, RoundingMode.HALF_UP);
                return new Amount(plain(wan) + "万元", wan, 4);
            }
            return new Amount(plain(yi) + "亿元", yi, 8);
        }

        BigDecimal pct(int maxTenths) {
            return BigDecimal.valueOf(1 + rng.nextInt(maxTenths)).movePointLeft(1);
        }

        /** Writes a count: Arabic, mixed (1.2万) or spelled out (三十六). Returns [surface of number, value]. */
        Object[] count(CountIndicator ci) {
            int v = ci.lo() + rng.nextInt(Math.max(1, ci.hi() - ci.lo()));
            int style = rng.nextInt(100);
            if (v >= 10000 && style < 50) {
                BigDecimal w = BigDecimal.valueOf(v).movePointLeft(4).setScale(1, RoundingMode.HALF_UP);
                return new Object[] {plain(w) + "万", w.movePointRight(4)};
            }
            if (v >= 11 && v < 10000 && style < 8) { // 三十六家; one-character numerals (五个) are left to prose
                return new Object[] {ChineseNumerals.of(v), BigDecimal.valueOf(v)};
            }
            return new Object[] {Integer.toString(v), BigDecimal.valueOf(v)};
        }

        void metricSentence(Topic topic, Entry subject, RegionPool pool, ArticleFactory f) {
            MoneyIndicator mi = pick(rng, topic.money());
            CountIndicator ci = pick(rng, topic.counts());
            ShareIndicator si = pick(rng, topic.shares());
            boolean lastYear = rng.nextBoolean();
            String period = lastYear ? refYear + "年，" : pick(rng, PERIODS);
            Integer ry = lastYear ? refYear : null;
            if (rng.nextInt(100) < 30) text(pick(rng, OPENERS));
            switch (rng.nextInt(15)) {
                case 0, 1 -> {
                    text(period);
                    region(subject);
                    Amount a = money(mi, subject);
                    String verb = pick(rng, new String[] {"达到", "为", "实现", "完成"});
                    text(mi.name() + verb + a.surface());
                    metric(
                            a.surface(),
                            a.written(),
                            a.pow(),
                            "CNY",
                            null,
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            mi.name(),
                            subject);
                    growth(mi.name(), subject, ry == null); // 环比 only for sub-year periods
                    text("。");
                    if (headlineFigure == null && subject == main)
                        headlineFigure = subject.shortName() + mi.name() + "达到" + a.surface();
                }
                case 2 -> {
                    region(subject);
                    text(period.replace("，", ""));
                    Amount a = money(mi, subject);
                    String[] q = pick(rng, QUALIFIED);
                    text(mi.name() + q[0] + a.surface() + q[2] + "，");
                    metric(
                            q[0] + a.surface() + q[2],
                            a.written(),
                            a.pow(),
                            "CNY",
                            null,
                            q[1],
                            null,
                            null,
                            null,
                            ry,
                            mi.name(),
                            subject);
                    BigDecimal p = pct(300);
                    boolean up = rng.nextInt(100) < 85;
                    text("比上年" + (up ? "增长" : "下降") + plain(p) + "%");
                    metric(
                            (up ? "增长" : "下降") + plain(p) + "%",
                            p,
                            0,
                            "percent",
                            null,
                            "exact",
                            up ? "increase" : "decrease",
                            "yoy",
                            null,
                            ry,
                            mi.name(),
                            subject);
                    text("。");
                }
                case 3 -> {
                    text(pick(rng, new String[] {"截至" + refYear + "年底，", "目前，", "截至目前，"}));
                    region(subject);
                    Object[] c = count(ci);
                    String[] q = pick(rng, COUNT_QUALIFIED);
                    String surf = q[0] + c[0] + ci.measureWord();
                    text(ci.verb() + ci.noun() + surf.substring(0, surf.length()) + q[2] + "。");
                    metric(
                            surf + q[2],
                            (BigDecimal) c[1],
                            0,
                            "count",
                            ci.measureWord(),
                            q[1],
                            null,
                            null,
                            null,
                            null,
                            ci.noun(),
                            subject);
                }
                case 4 -> {
                    region(subject);
                    BigDecimal v = share(si);
                    text(si.name() + "达到" + plain(v) + "%");
                    metric(plain(v) + "%", v, 0, "percent", null, "exact", null, null, null, null, si.name(), subject);
                    BigDecimal pp = pct(40);
                    boolean up = rng.nextInt(100) < 80;
                    text("，比上年" + (up ? "提高" : "回落") + plain(pp) + "个百分点。");
                    metric(
                            plain(pp) + "个百分点",
                            pp,
                            0,
                            "percentage_point",
                            null,
                            "exact",
                            up ? "increase" : "decrease",
                            "yoy",
                            null,
                            null,
                            si.name(),
                            subject);
                }
                case 5 -> {
                    List<Entry> cities = pool.citiesOf(subject.provinceCode());
                    if (cities.size() >= 2 && "province".equals(subject.level())) {
                        Entry a = cities.get(rng.nextInt(cities.size()));
                        Entry b = cities.get(rng.nextInt(cities.size()));
                        if (a.code().equals(b.code())) b = cities.get((cities.indexOf(a) + 1) % cities.size());
                        text("其中，");
                        region(a);
                        text("、");
                        region(b);
                        BigDecimal p1 = pct(250);
                        BigDecimal p2 = pct(250);
                        text("两市" + mi.name() + "分别增长" + plain(p1) + "%和" + plain(p2) + "%。");
                        metric(
                                plain(p1) + "%",
                                p1,
                                0,
                                "percent",
                                null,
                                "exact",
                                "increase",
                                null,
                                null,
                                null,
                                mi.name(),
                                a);
                        metric(
                                plain(p2) + "%",
                                p2,
                                0,
                                "percent",
                                null,
                                "exact",
                                "increase",
                                null,
                                null,
                                null,
                                mi.name(),
                                b);
                    } else {
                        simpleGrowth(period, ry, mi, subject);
                    }
                }
                case 6 -> {
                    region(subject);
                    text(pick(rng, new String[] {"今年以来", "去年以来", "近年来"}) + "累计发放科技创新券");
                    Amount a = money(new MoneyIndicator("科技创新券", 1, 5));
                    text(a.surface() + "，惠及企业");
                    metric(
                            a.surface(),
                            a.written(),
                            a.pow(),
                            "CNY",
                            null,
                            "exact",
                            null,
                            null,
                            null,
                            null,
                            "科技创新券",
                            subject);
                    Object[] c = count(new CountIndicator("企业", "家", "惠及", 50, 3000));
                    text(c[0] + "家。");
                    metric(
                            c[0] + "家",
                            (BigDecimal) c[1],
                            0,
                            "count",
                            "家",
                            "exact",
                            null,
                            null,
                            null,
                            null,
                            "企业",
                            subject);
                }
                case 7 -> {
                    text(period);
                    region(subject);
                    BigDecimal usd = BigDecimal.valueOf(5 + rng.nextInt(2000)).movePointLeft(1);
                    text("实际使用外资" + plain(usd) + "亿美元");
                    metric(plain(usd) + "亿美元", usd, 8, "USD", null, "exact", null, null, null, ry, "实际使用外资", subject);
                    growth("实际使用外资", subject, false);
                    text("。");
                }
                case 8 -> {
                    text(period);
                    region(subject);
                    Object[] c = count(ci);
                    text(ci.verb() + ci.noun() + c[0] + ci.measureWord() + "，比上年增加");
                    metric(
                            c[0] + ci.measureWord(),
                            (BigDecimal) c[1],
                            0,
                            "count",
                            ci.measureWord(),
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            ci.noun(),
                            subject);
                    int delta = 1 + rng.nextInt(Math.max(1, ((BigDecimal) c[1]).intValue() / 5 + 1));
                    text(delta + ci.measureWord() + "。");
                    metric(
                            delta + ci.measureWord(),
                            BigDecimal.valueOf(delta),
                            0,
                            "count",
                            ci.measureWord(),
                            "exact",
                            "increase",
                            "yoy",
                            null,
                            ry,
                            ci.noun(),
                            subject);
                }
                case 10 -> {
                    text(period);
                    region(subject);
                    Amount a = money(mi, subject);
                    text(mi.name() + "为" + a.surface() + "，增速比全国平均水平高");
                    metric(
                            a.surface(),
                            a.written(),
                            a.pow(),
                            "CNY",
                            null,
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            mi.name(),
                            subject);
                    BigDecimal pp = pct(60);
                    text(plain(pp) + "个百分点。");
                    // a gap to the national average, not a change over time: level
                    metric(
                            plain(pp) + "个百分点",
                            pp,
                            0,
                            "percentage_point",
                            null,
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            mi.name(),
                            subject);
                }
                case 11 -> {
                    text(period);
                    region(subject);
                    CountIndicator other = pick(rng, topic.counts());
                    if (other.noun().equals(ci.noun())) other = new CountIndicator("科技型中小企业", "家", "新增", 100, 9000);
                    int n1 = ci.lo() + rng.nextInt(Math.max(1, ci.hi() - ci.lo()));
                    int n2 = other.lo() + rng.nextInt(Math.max(1, other.hi() - other.lo()));
                    text("新增" + ci.noun() + "和" + other.noun() + "分别为" + n1 + ci.measureWord() + "和" + n2
                            + other.measureWord() + "。");
                    metric(
                            n1 + ci.measureWord(),
                            BigDecimal.valueOf(n1),
                            0,
                            "count",
                            ci.measureWord(),
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            ci.noun(),
                            subject);
                    metric(
                            n2 + other.measureWord(),
                            BigDecimal.valueOf(n2),
                            0,
                            "count",
                            other.measureWord(),
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            other.noun(),
                            subject);
                }
                case 12 -> {
                    text(period);
                    region(subject);
                    Amount a = money(mi, subject);
                    BigDecimal share = BigDecimal.valueOf(5 + rng.nextInt(600)).movePointLeft(1);
                    String whole = "city".equals(subject.level()) ? "全省" : "全国";
                    text(mi.name() + "达到" + a.surface() + "，占" + whole + "的比重约为" + plain(share) + "%。");
                    metric(
                            a.surface(),
                            a.written(),
                            a.pow(),
                            "CNY",
                            null,
                            "exact",
                            null,
                            null,
                            null,
                            ry,
                            mi.name(),
                            subject);
                    metric(
                            "约为" + plain(share) + "%",
                            share,
                            0,
                            "percent",
                            null,
                            "approx",
                            null,
                            null,
                            null,
                            ry,
                            mi.name(),
                            subject);
                }
                case 13 -> {
                    text(pick(rng, new String[] {"今年上半年，", "今年前三季度，"}));
                    region(subject);
                    Amount a = money(mi, subject);
                    BigDecimal p = pct(300);
                    text(mi.name() + "累计完成" + a.surface() + "，较去年同期增长" + plain(p) + "%。");
                    metric(
                            a.surface(),
                            a.written(),
                            a.pow(),
                            "CNY",
                            null,
                            "exact",
                            null,
                            null,
                            null,
                            null,
                            mi.name(),
                            subject);
                    metric(
                            "增长" + plain(p) + "%",
                            p,
                            0,
                            "percent",
                            null,
                            "exact",
                            "increase",
                            "yoy",
                            null,
                            null,
                            mi.name(),
                            subject);
                }
                default -> simpleGrowth(period, ry, mi, subject);
            }
            // non-metrics that an extractor must leave alone
            int noise = rng.nextInt(100);
            if (noise < 15) {
                text(pick(rng, new String[] {"“十四五”以来，相关工作稳步推进。", "这一指标在“十四五”规划中被列为约束性指标。"}));
            } else if (noise < 25) {
                text("相关数据已写入《" + refYear + "年国民经济和社会发展统计公报》。");
            } else if (noise < 32) {
                text("一是强化政策支持，二是优化营商环境，“1+N”政策体系逐步完善。");
            }
        }

        private BigDecimal lastShare;

        private void simpleGrowth(String period, Integer ry, MoneyIndicator mi, Entry subject) {
            text(period);
            region(subject);
            Amount a = money(mi, subject);
            text(mi.name() + "为" + a.surface());
            metric(a.surface(), a.written(), a.pow(), "CNY", null, "exact", null, null, null, ry, mi.name(), subject);
            growth(mi.name(), subject, ry == null); // 环比 only for sub-year periods
            text("。");
        }

        private void growth(String indicator, Entry subject, boolean allowMom) {
            BigDecimal p = pct(350);
            int kind = rng.nextInt(100);
            if (kind < 55) {
                boolean up = rng.nextInt(100) < 85;
                text("，同比" + (up ? "增长" : "下降") + plain(p) + "%");
                metric(
                        (up ? "增长" : "下降") + plain(p) + "%",
                        p,
                        0,
                        "percent",
                        null,
                        "exact",
                        up ? "increase" : "decrease",
                        "yoy",
                        null,
                        null,
                        indicator,
                        subject);
            } else if (kind < 70 && allowMom) {
                text("，环比增长" + plain(p) + "%");
                metric(
                        "增长" + plain(p) + "%",
                        p,
                        0,
                        "percent",
                        null,
                        "exact",
                        "increase",
                        "mom",
                        null,
                        null,
                        indicator,
                        subject);
            } else if (kind < 90) {
                text("，增长" + plain(p) + "%");
                metric(
                        "增长" + plain(p) + "%",
                        p,
                        0,
                        "percent",
                        null,
                        "exact",
                        "increase",
                        null,
                        null,
                        null,
                        indicator,
                        subject);
            }
        }

        void cooperation(Topic topic, Entry main, Entry province, Entry other, RegionPool pool) {
            int kind = rng.nextInt(4);
            if (kind == 0) {
                RegionPool.Cluster c = null;
                for (RegionPool.Cluster cl : pool.clusters()) {
                    if (cl.memberCodes().contains(province.code())) c = cl;
                }
                if (c != null) {
                    text("作为" + c.name() + "的重要" + ("province".equals(main.level()) ? "省份" : "城市") + "，");
                    record(c.code(), c.name(), c.name());
                    region(main);
                    text("将继续深化区域协同，推动" + topic.name() + "领域合作走深走实。");
                    return;
                }
            }
            if (kind == 1) {
                RegionPool.Pattern p = pick(rng, pool.patterns());
                Entry helper = main.code().equals(p.code()) || province.code().equals(p.code()) ? other : province;
                text("在对口合作中，");
                region(helper);
                text("持续推进“科技" + p.surface() + "”行动，");
                record(p.code(), p.name(), p.surface());
                Object[] c = count(new CountIndicator("合作项目", "个", "实施", 5, 300));
                text("去年实施合作项目" + c[0] + "个。");
                metric(c[0] + "个", (BigDecimal) c[1], 0, "count", "个", "exact", null, null, null, null, "合作项目", helper);
                return;
            }
            region(main);
            text("与");
            region(other);
            text("签署" + topic.name() + "合作协议，双方将在" + pick(rng, FIELDS) + "等领域开展合作，共建联合实验室");
            Object[] c = count(new CountIndicator("联合实验室", "个", "共建", 2, 40));
            text(c[0] + "个。");
            metric(c[0] + "个", (BigDecimal) c[1], 0, "count", "个", "exact", null, null, null, null, "联合实验室", main);
        }

        void target(Topic topic, Entry main) {
            int ty = pick(rng, new Integer[] {2025, 2025, 2026, 2027, 2030});
            if (ty <= year) ty = year + 1;
            if (rng.nextInt(100) < 35) {
                // plan titles and their years are not metrics; real parentheses must survive pinyin removal
                String doc = pick(rng, new String[] {"方案", "规划", "意见"});
                text("根据《" + topic.name() + "高质量发展" + (doc.equals("规划") ? "规划" : "行动方案") + "(" + year + "-" + ty
                        + "年)》(以下简称《" + (doc.equals("规划") ? "规划" : "方案") + "》)，");
            }
            region(main);
            text("提出，到" + ty + "年，");
            if (rng.nextBoolean()) {
                MoneyIndicator mi = pick(rng, topic.money());
                Amount a = money(new MoneyIndicator(mi.name(), mi.lo() * 2, mi.hi() * 2), main);
                String[] q = pick(rng, TARGET_QUALIFIED);
                text(mi.name() + q[0] + a.surface() + q[2] + "。");
                metric(
                        q[0] + a.surface() + q[2],
                        a.written(),
                        a.pow(),
                        "CNY",
                        null,
                        q[1],
                        null,
                        null,
                        ty,
                        null,
                        mi.name(),
                        main);
            } else {
                ShareIndicator si = pick(rng, topic.shares());
                BigDecimal v = share(si);
                String[] q = pick(rng, TARGET_QUALIFIED);
                text(si.name() + q[0] + plain(v) + "%" + q[2] + "。");
                metric(
                        q[0] + plain(v) + "%" + q[2],
                        v,
                        0,
                        "percent",
                        null,
                        q[1],
                        null,
                        null,
                        ty,
                        null,
                        si.name(),
                        main);
            }
        }

        String title(Topic topic, Entry main) {
            String head = headlineFigure != null ? headlineFigure : main.shortName() + topic.name() + "跑出“加速度”";
            return switch (rng.nextInt(4)) {
                case 0 -> head;
                case 1 -> head + " " + pick(rng, TITLE_TAILS);
                case 2 -> main.shortName() + pick(rng, TITLE_TAILS);
                default -> pick(rng, TITLE_HEADS) + " " + head;
            };
        }

        /** Shares are drawn here and remembered so the sentence and the truth use the same value. */
        BigDecimal share(ShareIndicator si) {
            lastShare = BigDecimal.valueOf(si.lo() * 10L + rng.nextInt(Math.max(1, (si.hi() - si.lo()) * 10)))
                    .movePointLeft(1);
            return lastShare;
        }
    }

    record Amount(String surface, BigDecimal written, int pow) {}

    record MoneyIndicator(String name, int lo, int hi) {}

    record CountIndicator(String noun, String measureWord, String verb, int lo, int hi) {}

    /** A percentage level such as 研发经费投入强度, drawn between lo and hi percent. */
    record ShareIndicator(String name, int lo, int hi) {}

    record Topic(
            String name, String[] leads, MoneyIndicator[] money, CountIndicator[] counts, ShareIndicator[] shares) {}

    // ---------------------------------------------------------------------------------------------
    // Phrase banks. Written for this project; varied on purpose so that extraction rules meet many
    // phrasings of the same fact.

    static final MoneyIndicator[] MONEY = {
        new MoneyIndicator("地区生产总值", 800, 30000), new MoneyIndicator("技术合同成交额", 30, 5000),
        new MoneyIndicator("进出口总值", 50, 8000), new MoneyIndicator("固定资产投资", 100, 9000),
        new MoneyIndicator("社会消费品零售总额", 200, 15000), new MoneyIndicator("数字经济核心产业增加值", 50, 6000),
        new MoneyIndicator("软件业务收入", 20, 3000), new MoneyIndicator("研发经费投入", 10, 2000),
        new MoneyIndicator("旅游收入", 10, 3000), new MoneyIndicator("规模以上工业总产值", 300, 40000),
    };

    static final Topic[] TOPICS = {
        new Topic(
                "科技创新",
                new String[] {"区域科技创新能力持续提升", "科技成果转化步伐加快", "一批重大创新平台加快建设"},
                new MoneyIndicator[] {MONEY[1], MONEY[7], new MoneyIndicator("高新技术产业产值", 100, 20000)},
                new CountIndicator[] {
                    new CountIndicator("高新技术企业", "家", "拥有", 200, 40000),
                    new CountIndicator("专精特新“小巨人”企业", "家", "新增", 5, 300),
                    new CountIndicator("创新平台", "个", "建成", 10, 600),
                    new CountIndicator("联合攻关项目", "项", "实施", 5, 400)
                },
                new ShareIndicator[] {new ShareIndicator("研发经费投入强度", 1, 7), new ShareIndicator("科技进步贡献率", 50, 70)}),
        new Topic(
                "交通",
                new String[] {"综合交通枢纽建设取得新进展", "城际铁路网加快成型", "港口航运能力稳步提升"},
                new MoneyIndicator[] {new MoneyIndicator("交通固定资产投资", 50, 3000), MONEY[2]},
                new CountIndicator[] {
                    new CountIndicator("国际航线", "条", "开通", 3, 200),
                    new CountIndicator("城际列车", "对", "日均开行", 10, 200),
                    new CountIndicator("重点交通项目", "个", "实施", 10, 500)
                },
                new ShareIndicator[] {new ShareIndicator("铁路货运占比", 5, 40), new ShareIndicator("绿色出行比例", 50, 85)}),
        new Topic(
                "生态环境",
                new String[] {"生态环境质量持续改善", "流域综合治理成效明显", "绿色低碳转型稳步推进"},
                new MoneyIndicator[] {new MoneyIndicator("生态环境保护投入", 5, 500), new MoneyIndicator("节能环保产业产值", 50, 3000)},
                new CountIndicator[] {
                    new CountIndicator("跨界河湖联合巡查", "次", "开展", 20, 900), new CountIndicator("生态修复项目", "个", "实施", 10, 400)
                },
                new ShareIndicator[] {new ShareIndicator("空气质量优良天数比例", 70, 98), new ShareIndicator("森林覆盖率", 20, 70)}),
        new Topic(
                "对外开放",
                new String[] {"外贸进出口保持稳中有进", "高水平对外开放持续扩大", "跨境贸易便利化水平不断提高"},
                new MoneyIndicator[] {
                    MONEY[2], new MoneyIndicator("跨境电商交易额", 20, 3000), new MoneyIndicator("服务贸易额", 30, 2000)
                },
                new CountIndicator[] {
                    new CountIndicator("外商投资企业", "家", "新设", 50, 5000), new CountIndicator("中欧班列", "列", "开行", 100, 5000)
                },
                new ShareIndicator[] {new ShareIndicator("民营企业进出口占比", 40, 80), new ShareIndicator("对东盟贸易占比", 10, 40)}),
        new Topic(
                "产业发展",
                new String[] {"先进制造业集群加快培育", "工业经济运行稳中向好", "重点产业链韧性持续增强"},
                new MoneyIndicator[] {
                    MONEY[9], new MoneyIndicator("新能源汽车产业产值", 50, 5000), new MoneyIndicator("集成电路产业规模", 30, 3000)
                },
                new CountIndicator[] {
                    new CountIndicator("规模以上工业企业", "家", "拥有", 500, 60000),
                    new CountIndicator("重点产业项目", "个", "签约", 10, 600),
                    new CountIndicator("上市公司", "家", "拥有", 5, 400)
                },
                new ShareIndicator[] {new ShareIndicator("高技术制造业增加值占比", 8, 40), new ShareIndicator("本地配套率", 30, 80)}),
        new Topic(
                "数字经济",
                new String[] {"数字经济发展跑出加速度", "算力基础设施建设提速", "数字产业化和产业数字化协同推进"},
                new MoneyIndicator[] {MONEY[5], MONEY[6], new MoneyIndicator("电子商务交易额", 100, 20000)},
                new CountIndicator[] {
                    new CountIndicator("5G基站", "个", "建成", 1000, 90000),
                    new CountIndicator("数据中心", "个", "建成", 3, 80),
                    new CountIndicator("数字经济企业", "家", "集聚", 100, 30000)
                },
                new ShareIndicator[] {
                    new ShareIndicator("数字经济占地区生产总值比重", 10, 55), new ShareIndicator("工业企业数字化研发设计工具普及率", 60, 95)
                }),
        new Topic(
                "消费",
                new String[] {"消费市场持续回暖", "文旅消费热度不减", "新型消费业态蓬勃发展"},
                new MoneyIndicator[] {MONEY[4], MONEY[8], new MoneyIndicator("网络零售额", 30, 8000)},
                new CountIndicator[] {
                    new CountIndicator("首店", "家", "引进", 10, 600), new CountIndicator("促消费活动", "场", "举办", 20, 2000)
                },
                new ShareIndicator[] {new ShareIndicator("服务消费占比", 30, 60), new ShareIndicator("线上消费占比", 15, 45)}),
        new Topic(
                "乡村振兴",
                new String[] {"乡村特色产业加快发展", "农业现代化水平不断提高", "农民收入持续较快增长"},
                new MoneyIndicator[] {new MoneyIndicator("农林牧渔业总产值", 50, 9000), new MoneyIndicator("农产品网络零售额", 5, 1500)
                },
                new CountIndicator[] {
                    new CountIndicator("农业产业化龙头企业", "家", "培育", 20, 3000),
                    new CountIndicator("高标准农田建设项目", "个", "实施", 10, 900)
                },
                new ShareIndicator[] {new ShareIndicator("农作物耕种收综合机械化率", 50, 90), new ShareIndicator("农村自来水普及率", 80, 99)
                }),
    };

    static final String[] PROVINCE_OFFICES = {"发展改革委", "科技厅", "统计局", "商务厅", "交通运输厅", "生态环境厅", "工业和信息化厅", "人民政府新闻办"};
    static final String[] CITY_OFFICES = {"发展改革委", "科技局", "统计局", "商务局", "交通运输局", "生态环境局", "工业和信息化局", "人民政府新闻办"};
    static final String[] ALT_LEAD_VERBS = {"发布消息称", "在新闻发布会上介绍了有关情况", "公布了最新数据"};
    static final String[] OPENERS = {"数据显示，", "据介绍，", "据统计，", "记者了解到，"};
    static final String[] PERIODS = {"今年一季度，", "今年上半年，", "今年前5个月，", "前三季度，", "今年以来，"};
    static final String[][] QUALIFIED = {
        {"约", "approx", ""}, {"超过", "more_than", ""}, {"突破", "more_than", ""}, {"", "approx", "左右"}, {"达", "exact", ""}
    };
    static final String[][] COUNT_QUALIFIED = {
        {"", "exact", ""}, {"超过", "more_than", ""}, {"约", "approx", ""}, {"", "at_least", "以上"}
    };
    static final String[][] TARGET_QUALIFIED = {
        {"力争超过", "more_than", ""},
        {"达到", "exact", ""},
        {"达到", "at_least", "以上"},
        {"不低于", "at_least", ""},
        {"达到", "approx", "左右"}
    };
    static final String[] FIELDS = {"人工智能、生物医药", "新能源、新材料", "现代物流、跨境电商", "文化旅游、会展经济", "智能制造、工业互联网"};
    static final String[] QUOTES = {
        "我们要把创新资源真正转化为发展动能。",
        "区域协同不是简单相加，而是要素的深度融合。",
        "下一步将持续优化营商环境，让企业安心发展。",
        "这些数据说明，高质量发展的基础正在不断夯实。",
        "我们将抓住机遇，推动更多项目落地见效。"
    };
    static final String[] TITLE_TAILS = {"高质量发展动能强劲", "区域协同按下“快进键”", "多项指标位居前列", "跑出发展“加速度”"};
    static final String[] TITLE_HEADS = {"数读", "聚焦", "观察"};
    static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"
    };
    static final String[] GIVEN_NAMES = {
        "晓东", "雨桐", "思远", "子涵", "文博", "海燕", "志诚", "若冰", "一鸣", "佳怡", "明轩", "秋实", "嘉欣", "浩然"
    };
    static final String[] OUTLETS = {"经济观察日报", "财经参考报", "区域经济时报", "产业导报", "科技创新周刊", "新闻晨讯", "商业时评网", "发展导报"};
}
