package io.regionpulse.gen;

import io.regionpulse.gen.Article.TruthMetric;
import io.regionpulse.gen.Article.TruthRegion;
import io.regionpulse.gen.RegionPool.Entry;
import io.regionpulse.gen.Templates.Sentence;
import io.regionpulse.gen.Templates.Slot;
import io.regionpulse.gen.Templates.Truth;
import io.regionpulse.gen.Templates.Variant;
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
    private final java.util.function.LongFunction<LocalDate> dates;

    public ArticleFactory(RegionPool pool, long seed) {
        this(pool, seed, null);
    }

    /**
     * @param dates publish date of story number n (crawl-day mode), or null for the default spread
     *     of stories over the 366 days from {@link #FIRST_DAY}
     */
    public ArticleFactory(RegionPool pool, long seed, java.util.function.LongFunction<LocalDate> dates) {
        this.pool = pool;
        this.seed = seed;
        this.dates = dates;
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
        LocalDate date = FIRST_DAY.plusDays(rng.nextInt(366)); // drawn either way: the rest of the story stays the same
        if (dates != null) {
            date = dates.apply(n);
        }
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
                d.metricSentence(topic, subject, pool);
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

        /** Names a region by its full or short name, records the surface and returns it. */
        String regionSurface(Entry e) {
            String s = rng.nextInt(100) < 30 ? e.name() : e.shortName();
            record(e.code(), e.name(), s);
            return s;
        }

        void region(Entry e) {
            sb.append(regionSurface(e));
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

        void metric(Truth truth, Sentence s, Integer targetYear) {
            metrics.add(truth.resolve(s, targetYear));
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

        /** Writes a count: Arabic, mixed (1.2万) or spelled out (三十六), without its measure word. */
        Amount count(CountIndicator ci) {
            int v = ci.lo() + rng.nextInt(Math.max(1, ci.hi() - ci.lo()));
            int style = rng.nextInt(100);
            if (v >= 10000 && style < 50) {
                BigDecimal w = BigDecimal.valueOf(v).movePointLeft(4).setScale(1, RoundingMode.HALF_UP);
                return new Amount(plain(w) + "万", w.movePointRight(4), 0);
            }
            if (v >= 11 && v < 10000 && style < 8) { // 三十六家; one-character numerals (五个) are left to prose
                return new Amount(ChineseNumerals.of(v), BigDecimal.valueOf(v), 0);
            }
            return new Amount(Integer.toString(v), BigDecimal.valueOf(v), 0);
        }

        /** One body sentence about {@code subject}: a variant of {@link Templates#VARIANTS}, then maybe noise. */
        void metricSentence(Topic topic, Entry subject, RegionPool pool) {
            Sentence s = sentence(topic, subject, pool);
            if (rng.nextInt(100) < 30) text(pick(rng, OPENERS));
            write(Templates.VARIANTS[rng.nextInt(Templates.VARIANTS.length)], s);
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

        /** A body sentence's setting: the topic's indicators it may use, its period and its words. */
        Sentence sentence(Topic topic, Entry subject, RegionPool pool) {
            MoneyIndicator mi = pick(rng, topic.money());
            CountIndicator ci = pick(rng, topic.counts());
            ShareIndicator si = pick(rng, topic.shares());
            boolean lastYear = rng.nextBoolean();
            String period = lastYear ? refYear + "年，" : pick(rng, PERIODS);
            Sentence s = new Sentence(topic, pool, subject, lastYear ? refYear : null);
            s.mi = mi;
            s.ci = ci;
            s.si = si;
            s.word("mi", mi.name());
            s.word("ci", ci.noun());
            s.word("ci.mw", ci.measureWord());
            s.word("ci.verb", ci.verb());
            s.word("si", si.name());
            s.word("period", period);
            s.word("period.bare", period.replace("，", ""));
            s.word("refYear", Integer.toString(refYear));
            s.word("whole", "city".equals(subject.level()) ? "全省" : "全国");
            s.word("subject.short", subject.shortName());
            return s;
        }

        /** The interpreter: draws the variant's slots in order, writes its text, records its figures. */
        void write(Variant v, Sentence s) {
            write(v, s, null);
        }

        /** The same for a sentence about a target for {@code targetYear} (null: not a target). */
        void write(Variant v, Sentence s, Integer targetYear) {
            if (!v.applies().test(s)) v = v.orElse();
            for (Slot slot : v.slots()) slot.draw(this, s);
            text(s.fill(v.text()));
            for (Truth t : s.truths) metric(t, s, targetYear);
            if (v.headline() != null && headlineFigure == null && s.subject == main) {
                headlineFigure = s.fill(v.headline());
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
                Amount c = count(new CountIndicator("合作项目", "个", "实施", 5, 300));
                text("去年实施合作项目" + c.surface() + "个。");
                metric(Templates.count("n", "个").of("合作项目"), Sentence.of(c, helper), null);
                return;
            }
            region(main);
            text("与");
            region(other);
            text("签署" + topic.name() + "合作协议，双方将在" + pick(rng, FIELDS) + "等领域开展合作，共建联合实验室");
            Amount c = count(new CountIndicator("联合实验室", "个", "共建", 2, 40));
            text(c.surface() + "个。");
            metric(Templates.count("n", "个").of("联合实验室"), Sentence.of(c, main), null);
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
            write(
                    rng.nextBoolean() ? Templates.TARGET_AMOUNT : Templates.TARGET_SHARE,
                    new Sentence(topic, null, main, null),
                    ty);
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

        /** A percentage level of {@code si}, in tenths. */
        Amount share(ShareIndicator si) {
            BigDecimal v = BigDecimal.valueOf(si.lo() * 10L + rng.nextInt(Math.max(1, (si.hi() - si.lo()) * 10)))
                    .movePointLeft(1);
            return new Amount(plain(v), v, 0);
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
