package io.regionpulse.gen;

import io.regionpulse.gen.Article.TruthMetric;
import io.regionpulse.gen.ArticleFactory.Amount;
import io.regionpulse.gen.ArticleFactory.CountIndicator;
import io.regionpulse.gen.ArticleFactory.Draft;
import io.regionpulse.gen.ArticleFactory.MoneyIndicator;
import io.regionpulse.gen.ArticleFactory.ShareIndicator;
import io.regionpulse.gen.ArticleFactory.Topic;
import io.regionpulse.gen.RegionPool.Entry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The sentence variants of a story's body, as data. A {@link Variant} is a text with {@code {slots}}
 * and the {@link Slot}s that fill them; slots are drawn in the order listed (which is the order of
 * the random draws, not always the order of the text), then the text is written and the truth of
 * every figure is recorded. A figure's {@link Truth} names its unit, measure word, qualifier, change
 * and comparison, each either literal or a {@code {slot}} drawn with the sentence.
 */
final class Templates {
    private Templates() {}

    // ---------------------------------------------------------------------------------------------
    // The words and figures of one sentence

    /** What a sentence has drawn so far: words by slot, figures by slot, regions by role. */
    static final class Sentence {
        final Map<String, String> words = new HashMap<>();
        final Map<String, Amount> numbers = new HashMap<>();
        final Map<String, Entry> places = new HashMap<>();
        final List<Truth> truths = new ArrayList<>();
        final Topic topic;
        final RegionPool pool;
        final Entry subject;
        final Integer refYear;
        MoneyIndicator mi;
        CountIndicator ci;
        ShareIndicator si;
        CountIndicator other;

        Sentence(Topic topic, RegionPool pool, Entry subject, Integer refYear) {
            this.topic = topic;
            this.pool = pool;
            this.subject = subject;
            this.refYear = refYear;
            places.put("subject", subject);
        }

        /** A sentence of one figure {@code n} about {@code subject}, for prose written outside the table. */
        static Sentence of(Amount n, Entry subject) {
            Sentence s = new Sentence(null, null, subject, null);
            s.numbers.put("n", n);
            return s;
        }

        void word(String key, String... columns) {
            words.put(key, fill(columns[0]));
            for (int i = 1; i < columns.length; i++) words.put(key + "." + i, columns[i]);
        }

        /** The pattern with every {@code {slot}} replaced by its word or its figure's surface. */
        String fill(String pattern) {
            if (pattern == null || pattern.indexOf('{') < 0) return pattern;
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (int open; (open = pattern.indexOf('{', at)) >= 0; ) {
                int close = pattern.indexOf('}', open);
                String key = pattern.substring(open + 1, close);
                String word = words.get(key);
                Amount n = numbers.get(key);
                if (word == null && n == null) throw new IllegalStateException("no slot " + key + " in " + pattern);
                out.append(pattern, at, open).append(word != null ? word : n.surface());
                at = close + 1;
            }
            return out.append(pattern, at, pattern.length()).toString();
        }
    }

    /** One draw of a sentence: a region, a word, a figure (with the truth it yields). */
    @FunctionalInterface
    interface Slot {
        void draw(Draft d, Sentence s);
    }

    /** How a figure's number is drawn. */
    @FunctionalInterface
    interface Source {
        Amount draw(Draft d, Sentence s);
    }

    /**
     * The truth a figure yields; every text field may name slots ({@code "{q}{amount}{q.2}"}).
     * Built from {@link #cny}, {@link #percent}, {@link #points} or {@link #count} and refined.
     */
    static final class Truth implements Cloneable {
        private final String number;
        private String surface;
        private String unit;
        private String measureWord;
        private String qualifier = "exact";
        private String change;
        private String comparison;
        private boolean ofRefYear;
        private String indicator;
        private String place = "subject";

        private Truth(String number, String surface, String unit, String measureWord, String indicator) {
            this.number = number;
            this.surface = surface;
            this.unit = unit;
            this.measureWord = measureWord;
            this.indicator = indicator;
        }

        /** A copy with one change: a Truth in the table is never modified. */
        private Truth with(Consumer<Truth> change) {
            try {
                Truth t = (Truth) clone();
                change.accept(t);
                return t;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Truth surface(String s) {
            return with(t -> t.surface = s);
        }

        Truth unit(String u) {
            return with(t -> t.unit = u);
        }

        Truth measure(String mw) {
            return with(t -> t.measureWord = mw);
        }

        Truth qualifier(String q) {
            return with(t -> t.qualifier = q);
        }

        Truth change(String c) {
            return with(t -> t.change = c);
        }

        Truth comparison(String c) {
            return with(t -> t.comparison = c);
        }

        Truth yoy() {
            return comparison("yoy");
        }

        /** The figure is for the sentence's reference year (when it names one). */
        Truth dated() {
            return with(t -> t.ofRefYear = true);
        }

        Truth of(String i) {
            return with(t -> t.indicator = i);
        }

        /** The region the figure belongs to, by role ("subject", "a", "b"). */
        Truth at(String p) {
            return with(t -> t.place = p);
        }

        TruthMetric resolve(Sentence s, Integer targetYear) {
            Amount n = s.numbers.get(number);
            return new TruthMetric(
                    s.fill(surface),
                    n.written().movePointRight(n.pow()).doubleValue(),
                    unit,
                    s.fill(measureWord),
                    s.fill(qualifier),
                    s.fill(change),
                    s.fill(comparison),
                    targetYear != null,
                    targetYear,
                    ofRefYear ? s.refYear : null,
                    s.fill(indicator),
                    s.places.get(place).code());
        }
    }

    static Truth cny(String n) {
        return new Truth(n, "{" + n + "}", "CNY", null, "{mi}");
    }

    static Truth percent(String n) {
        return new Truth(n, "{" + n + "}%", "percent", null, "{mi}");
    }

    static Truth points(String n) {
        return new Truth(n, "{" + n + "}个百分点", "percentage_point", null, "{mi}");
    }

    /** A count of the sentence's count indicator ({@code {ci}}, measured in {@code {ci.mw}}). */
    static Truth count(String n) {
        return new Truth(n, "{" + n + "}{ci.mw}", "count", "{ci.mw}", "{ci}");
    }

    static Truth count(String n, String measureWord) {
        return count(n).surface("{" + n + "}" + measureWord).measure(measureWord);
    }

    // ---------------------------------------------------------------------------------------------
    // Slots

    /** The region in role {@code who} ("subject", "a", "b"), by its full or short name. */
    static Slot region(String who) {
        return (d, s) -> s.words.put(who, d.regionSurface(s.places.get(who)));
    }

    /** One of the options; an option's later columns are slots {@code key.1}, {@code key.2}. */
    static Slot pick(String key, String[]... rows) {
        return (d, s) -> s.word(key, ArticleFactory.pick(d.rng, rows));
    }

    static Slot pick(String key, String... options) {
        return (d, s) -> s.word(key, ArticleFactory.pick(d.rng, options));
    }

    /** {@code yes} with the given chance in percent, else {@code no}. */
    static Slot chance(String key, int percent, String[] yes, String[] no) {
        return (d, s) -> s.word(key, d.rng.nextInt(100) < percent ? yes : no);
    }

    /** A figure drawn from {@code source}; {@code truth} (may be null) is what it yields. */
    static Slot figure(String key, Source source, Truth truth) {
        return (d, s) -> {
            s.numbers.put(key, source.draw(d, s));
            if (truth != null) s.truths.add(truth);
        };
    }

    /** A truth recorded without a figure of its own (the figure was drawn earlier). */
    static Slot claim(Truth truth) {
        return (d, s) -> s.truths.add(truth);
    }

    /**
     * {@code {growth}}: a growth rate of {@code indicator} after a level, in one of {@link #GROWTH}'s
     * forms (or none); month-on-month only when {@code mom} and the sentence is not about a year.
     */
    static Slot growth(String indicator, boolean mom) {
        return (d, s) -> {
            s.numbers.put("g", tenths(1, 350).draw(d, s));
            int kind = d.rng.nextInt(100);
            s.words.put("g.of", s.fill(indicator));
            s.words.put("growth", "");
            for (Growth g : GROWTH) {
                if (kind < g.below() && (!g.mom() || (mom && s.refYear == null))) {
                    for (Slot slot : g.form().slots()) slot.draw(d, s);
                    s.words.put("growth", s.fill(g.form().text()));
                    return;
                }
            }
        };
    }

    /** {@code a} and {@code b}: two cities of the subject province (a second draw equal to the first moves on). */
    static final Slot TWO_CITIES = (d, s) -> {
        List<Entry> cities = s.pool.citiesOf(s.subject.provinceCode());
        Entry a = cities.get(d.rng.nextInt(cities.size()));
        Entry b = cities.get(d.rng.nextInt(cities.size()));
        if (a.code().equals(b.code())) b = cities.get((cities.indexOf(a) + 1) % cities.size());
        s.places.put("a", a);
        s.places.put("b", b);
    };

    /** {@code other}: a second count indicator of the topic, never the sentence's own. */
    static final Slot OTHER_COUNT = (d, s) -> {
        CountIndicator o = ArticleFactory.pick(d.rng, s.topic.counts());
        if (o.noun().equals(s.ci.noun())) o = new CountIndicator("科技型中小企业", "家", "新增", 100, 9000);
        s.other = o;
        s.word("other", o.noun());
        s.word("other.mw", o.measureWord());
    };

    /** {@code mi} / {@code si}: one of the topic's money or share indicators. */
    static final Slot PICK_MONEY = (d, s) -> {
        s.mi = ArticleFactory.pick(d.rng, s.topic.money());
        s.word("mi", s.mi.name());
    };

    static final Slot PICK_SHARE = (d, s) -> {
        s.si = ArticleFactory.pick(d.rng, s.topic.shares());
        s.word("si", s.si.name());
    };

    // ---------------------------------------------------------------------------------------------
    // Sources

    /** {@code lo + U[0, n)} tenths: 1.0 … as written with one decimal or none. */
    static Source tenths(int lo, int n) {
        return (d, s) -> {
            BigDecimal v = BigDecimal.valueOf(lo + d.rng.nextInt(n)).movePointLeft(1);
            return new Amount(ArticleFactory.plain(v), v, 0);
        };
    }

    static final Source MONEY = (d, s) -> d.money(s.mi, s.subject);
    /** Targets run to twice today's range. */
    static final Source TARGET_MONEY =
            (d, s) -> d.money(new MoneyIndicator(s.mi.name(), s.mi.lo() * 2, s.mi.hi() * 2), s.subject);

    static final Source COUNT = (d, s) -> d.count(s.ci);
    static final Source SHARE = (d, s) -> d.share(s.si);
    static final Source VOUCHERS = (d, s) -> d.money(new MoneyIndicator("科技创新券", 1, 5));
    static final Source FIRMS = (d, s) -> d.count(new CountIndicator("企业", "家", "惠及", 50, 3000));
    /** Hundreds of millions of US dollars, 0.5 to 200.4. */
    static final Source USD_YI = (d, s) -> {
        Amount a = tenths(5, 2000).draw(d, s);
        return new Amount(a.surface(), a.written(), 8);
    };
    /** Plain integers in the range of the count indicator ({@code ci}) or of {@code other}. */
    static final Source CI_NUMBER = (d, s) -> integer(d, s.ci);

    static final Source OTHER_NUMBER = (d, s) -> integer(d, s.other);
    /** An increase of up to a fifth of the count {@code c}. */
    static final Source DELTA_OF_C = (d, s) -> {
        int delta = 1 + d.rng.nextInt(Math.max(1, s.numbers.get("c").written().intValue() / 5 + 1));
        return new Amount(Integer.toString(delta), BigDecimal.valueOf(delta), 0);
    };

    private static Amount integer(Draft d, CountIndicator ci) {
        int n = ci.lo() + d.rng.nextInt(Math.max(1, ci.hi() - ci.lo()));
        return new Amount(Integer.toString(n), BigDecimal.valueOf(n), 0);
    }

    // ---------------------------------------------------------------------------------------------
    // The table

    /**
     * A sentence variant: {@code text} with slots, the {@code slots} in draw order, the headline
     * it offers the title (or null), and when it {@code applies} (else {@code orElse} is written).
     */
    record Variant(String text, String headline, Predicate<Sentence> applies, Variant orElse, List<Slot> slots) {
        Variant headline(String h) {
            return new Variant(text, h, applies, orElse, slots);
        }

        Variant when(Predicate<Sentence> p, Variant fallback) {
            return new Variant(text, headline, p, fallback, slots);
        }
    }

    static Variant variant(String text, Slot... slots) {
        return new Variant(text, null, s -> true, null, List.of(slots));
    }

    /** A growth form, used when the kind drawn is below {@code below} (and month-on-month is allowed, for {@code mom}). */
    record Growth(int below, boolean mom, Variant form) {}

    static final String[] UP = {"增长", "increase"};
    static final String[] DOWN = {"下降", "decrease"};
    static final String[] RISE = {"提高", "increase"};
    static final String[] FALL = {"回落", "decrease"};

    static final Growth[] GROWTH = {
        new Growth(
                55,
                false,
                variant(
                        "，同比{g.dir}{g}%",
                        chance("g.dir", 85, UP, DOWN),
                        claim(percent("g")
                                .surface("{g.dir}{g}%")
                                .change("{g.dir.1}")
                                .yoy()
                                .of("{g.of}")))),
        new Growth(
                70,
                true,
                variant(
                        "，环比增长{g}%",
                        claim(percent("g")
                                .surface("增长{g}%")
                                .change("increase")
                                .comparison("mom")
                                .of("{g.of}")))),
        new Growth(
                90,
                false,
                variant(
                        "，增长{g}%",
                        claim(percent("g").surface("增长{g}%").change("increase").of("{g.of}")))),
    };

    static final Variant AMOUNT_AND_GROWTH = variant(
                    "{period}{subject}{mi}{verb}{amount}{growth}。",
                    region("subject"),
                    figure("amount", MONEY, cny("amount").dated()),
                    pick("verb", "达到", "为", "实现", "完成"),
                    growth("{mi}", true))
            .headline("{subject.short}{mi}达到{amount}");

    static final Variant LEVEL_AND_GROWTH = variant(
            "{period}{subject}{mi}为{amount}{growth}。",
            region("subject"),
            figure("amount", MONEY, cny("amount").dated()),
            growth("{mi}", true));

    /** Targets (for the sentence's target year): an amount of a money indicator, or a share. */
    static final Variant TARGET_AMOUNT = variant(
            "{mi}{q}{amount}{q.2}。",
            PICK_MONEY,
            figure(
                    "amount",
                    TARGET_MONEY,
                    cny("amount").surface("{q}{amount}{q.2}").qualifier("{q.1}")),
            pick("q", ArticleFactory.TARGET_QUALIFIED));

    static final Variant TARGET_SHARE = variant(
            "{si}{q}{v}%{q.2}。",
            PICK_SHARE,
            figure(
                    "v",
                    SHARE,
                    percent("v").surface("{q}{v}%{q.2}").qualifier("{q.1}").of("{si}")),
            pick("q", ArticleFactory.TARGET_QUALIFIED));

    /**
     * The body's sentence variants; a story draws one uniformly by index, so a variant listed twice
     * is written twice as often. Adding, removing or reordering a variant (or a slot) changes every
     * generated corpus for a given seed: the truth files, benchmarks and dedup evaluation move with it.
     */
    static final Variant[] VARIANTS = {
        AMOUNT_AND_GROWTH,
        AMOUNT_AND_GROWTH,
        variant(
                "{subject}{period.bare}{mi}{q}{amount}{q.2}，比上年{dir}{p}%。",
                region("subject"),
                figure(
                        "amount",
                        MONEY,
                        cny("amount")
                                .surface("{q}{amount}{q.2}")
                                .qualifier("{q.1}")
                                .dated()),
                pick("q", ArticleFactory.QUALIFIED),
                figure(
                        "p",
                        tenths(1, 300),
                        percent("p")
                                .surface("{dir}{p}%")
                                .change("{dir.1}")
                                .yoy()
                                .dated()),
                chance("dir", 85, UP, DOWN)),
        variant(
                "{asof}{subject}{ci.verb}{ci}{q}{c}{ci.mw}{q.2}。",
                pick("asof", "截至{refYear}年底，", "目前，", "截至目前，"),
                region("subject"),
                figure("c", COUNT, count("c").surface("{q}{c}{ci.mw}{q.2}").qualifier("{q.1}")),
                pick("q", ArticleFactory.COUNT_QUALIFIED)),
        variant(
                "{subject}{si}达到{v}%，比上年{dir}{pp}个百分点。",
                region("subject"),
                figure("v", SHARE, percent("v").of("{si}")),
                figure("pp", tenths(1, 40), points("pp").change("{dir.1}").yoy().of("{si}")),
                chance("dir", 80, RISE, FALL)),
        variant(
                        "其中，{a}、{b}两市{mi}分别增长{p1}%和{p2}%。",
                        TWO_CITIES,
                        region("a"),
                        region("b"),
                        figure(
                                "p1",
                                tenths(1, 250),
                                percent("p1").change("increase").at("a")),
                        figure(
                                "p2",
                                tenths(1, 250),
                                percent("p2").change("increase").at("b")))
                .when(
                        s -> "province".equals(s.subject.level())
                                && s.pool.citiesOf(s.subject.provinceCode()).size() >= 2,
                        LEVEL_AND_GROWTH),
        variant(
                "{subject}{since}累计发放科技创新券{amount}，惠及企业{c}家。",
                region("subject"),
                pick("since", "今年以来", "去年以来", "近年来"),
                figure("amount", VOUCHERS, cny("amount").of("科技创新券")),
                figure("c", FIRMS, count("c", "家").of("企业"))),
        variant(
                "{period}{subject}实际使用外资{usd}亿美元{growth}。",
                region("subject"),
                figure(
                        "usd",
                        USD_YI,
                        cny("usd").surface("{usd}亿美元").unit("USD").dated().of("实际使用外资")),
                growth("实际使用外资", false)),
        variant(
                "{period}{subject}{ci.verb}{ci}{c}{ci.mw}，比上年增加{delta}{ci.mw}。",
                region("subject"),
                figure("c", COUNT, count("c").dated()),
                figure(
                        "delta",
                        DELTA_OF_C,
                        count("delta").change("increase").yoy().dated())),
        LEVEL_AND_GROWTH,
        variant(
                "{period}{subject}{mi}为{amount}，增速比全国平均水平高{pp}个百分点。",
                region("subject"),
                figure("amount", MONEY, cny("amount").dated()),
                // a gap to the national average, not a change over time: a level
                figure("pp", tenths(1, 60), points("pp").dated())),
        variant(
                "{period}{subject}新增{ci}和{other}分别为{n1}{ci.mw}和{n2}{other.mw}。",
                region("subject"),
                OTHER_COUNT,
                figure("n1", CI_NUMBER, count("n1").dated()),
                figure(
                        "n2",
                        OTHER_NUMBER,
                        count("n2", "{other.mw}").of("{other}").dated())),
        variant(
                "{period}{subject}{mi}达到{amount}，占{whole}的比重约为{share}%。",
                region("subject"),
                figure("amount", MONEY, cny("amount").dated()),
                figure(
                        "share",
                        tenths(5, 600),
                        percent("share")
                                .surface("约为{share}%")
                                .qualifier("approx")
                                .dated())),
        variant(
                "{half}{subject}{mi}累计完成{amount}，较去年同期增长{p}%。",
                pick("half", "今年上半年，", "今年前三季度，"),
                region("subject"),
                figure("amount", MONEY, cny("amount")),
                figure(
                        "p",
                        tenths(1, 300),
                        percent("p").surface("增长{p}%").change("increase").yoy())),
        LEVEL_AND_GROWTH,
    };
}
