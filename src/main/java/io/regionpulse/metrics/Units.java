package io.regionpulse.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * The unit words that may follow a number, longest match first. {@code 亿元} is read by the
 * scanner (亿) and then here (元 → CNY); {@code 个百分点} → percentage_point; {@code 家} → count
 * with measure word 家; {@code 平方公里} → km2; {@code 三成} → percent with factor 10.
 */
final class Units {
    /** What a unit word means: the SPEC unit code, the measure word for counts, a value factor. */
    record Unit(String surface, String code, String measureWord, double factor, Kind kind) {}

    enum Kind {
        MONEY,
        PERCENT,
        COUNT,
        PHYSICAL,
        TIMES,
        NOT_A_METRIC
    }

    private static final Map<String, Unit> BY_SURFACE = new HashMap<>();
    private static final int MAX_LEN;

    static {
        money("元", "CNY");
        money("元人民币", "CNY");
        money("人民币", "CNY");
        money("美元", "USD");
        money("美金", "USD");
        money("美圆", "USD");
        money("港元", "HKD");
        money("港币", "HKD");
        money("欧元", "EUR");
        money("日元", "JPY");
        money("英镑", "GBP");
        money("韩元", "KRW");
        money("澳元", "AUD");
        money("澳大利亚元", "AUD");
        money("加元", "CAD");
        money("加拿大元", "CAD");
        money("卢布", "RUB");
        money("新台币", "TWD");
        money("台币", "TWD");
        money("澳门元", "MOP");
        money("澳门币", "MOP");
        money("新加坡元", "SGD");
        money("瑞士法郎", "CHF");
        money("泰铢", "THB");
        money("印度卢比", "INR");
        money("卢比", "INR");
        money("奈拉", "NGN");
        money("林吉特", "MYR");
        money("雷亚尔", "BRL");
        money("兰特", "ZAR");
        money("迪拉姆", "AED");
        money("新西兰元", "NZD");
        money("越南盾", "VND");
        // currencies replaced by the euro, common in news before 2002 (People's Daily 1997-98)
        money("马克", "DEM");
        money("德国马克", "DEM");
        money("法郎", "FRF");
        money("法国法郎", "FRF");
        money("里拉", "ITL");
        money("荷兰盾", "NLG");

        add("%", "percent", null, 1, Kind.PERCENT);
        add("‰", "percent", null, 0.1, Kind.PERCENT);
        add("个百分点", "percentage_point", null, 1, Kind.PERCENT);
        add("百分点", "percentage_point", null, 1, Kind.PERCENT);
        add("成", "percent", null, 10, Kind.PERCENT);
        add("折", "percent", null, 10, Kind.PERCENT);
        add("倍", "times", null, 1, Kind.TIMES);
        add("个基点", "basis_point", null, 1, Kind.PERCENT);
        add("基点", "basis_point", null, 1, Kind.PERCENT);

        for (String w : new String[] {
            "个", "家", "项", "篇", "名", "人", "所", "座", "件", "台", "辆", "艘", "架", "条", "份", "户", "套", "支", "只", "头", "株",
            "棵", "批", "场", "次", "例", "位", "部", "本", "册", "款", "种", "类", "处", "栋", "幢", "间", "张", "枚", "颗", "宗", "起",
            "笔", "根", "匹", "幅", "首", "组", "对", "双", "轮", "道", "门", "片", "节", "块", "粒", "把", "段", "人次", "家次", "架次", "艘次",
            "车次", "项次", "余人", "口", "所次", "个点", "间次", "名次", "列", "尾", "趟", "班", "场次", "辆次", "包", "箱", "袋", "瓶", "盒", "排"
        }) {
            add(w, "count", w, 1, Kind.COUNT);
        }
        physical("吨", "tonne");
        physical("万吨", "tonne");
        physical("公斤", "kg");
        physical("千克", "kg");
        physical("kg", "kg");
        physical("克", "g");
        physical("微克", "ug");
        physical("毫克", "mg");
        physical("斤", "jin");
        physical("公里", "km");
        physical("千米", "km");
        physical("km", "km");
        physical("米", "m");
        physical("厘米", "cm");
        physical("公分", "cm");
        physical("cm", "cm");
        physical("CM", "cm");
        physical("m", "m");
        physical("KM", "km");
        physical("KG", "kg");
        physical("毫米", "mm");
        physical("纳米", "nm");
        physical("海里", "nmi");
        physical("英里", "mi");
        physical("英尺", "ft");
        physical("平方公里", "km2");
        physical("平方千米", "km2");
        physical("平方米", "m2");
        physical("平米", "m2");
        physical("平方英尺", "ft2");
        physical("亩", "mu");
        physical("公顷", "ha");
        physical("立方米", "m3");
        physical("毫升", "mL");
        physical("千瓦", "kW");
        physical("kW", "kW");
        physical("兆瓦", "MW");
        physical("MW", "MW");
        physical("吉瓦", "GW");
        physical("GW", "GW");
        physical("瓦", "W");
        physical("千瓦时", "kWh");
        physical("kWh", "kWh");
        physical("度电", "kWh");
        physical("升", "L");
        physical("千伏", "kV");
        physical("伏", "V");
        physical("标准箱", "TEU");
        physical("标箱", "TEU");
        physical("TEU", "TEU");
        physical("千卡", "kcal");
        physical("摄氏度", "celsius");
        physical("℃", "celsius");
        physical("赫兹", "Hz");
        physical("兆赫兹", "MHz");
        physical("比特", "bit");
        physical("字节", "byte");
        physical("兆字节", "MB");
        physical("吨标准煤", "tce");
        physical("立方", "m3");

        // Words after a number that make it a date, a time, an age, a duration or a label.
        for (String w : new String[] {
            "年", "月", "日", "号", "时", "点", "分", "秒", "天", "周", "岁", "周岁", "届", "季度", "期", "代", "版", "级", "星", "线", "路",
            "楼", "层", "章", "型", "维", "强", "大", "中全会", "小时", "分钟", "个月", "个小时", "个多小时", "个半小时", "个多月", "个半月", "个多星期",
            "个多世纪", "个工作日", "个季度", "个星期", "周年", "世纪", "年代", "晚", "夜", "拨", "连", "省", "市", "县", "区", "国", "地", "方面", "是",
            "要", "比", "者", "号线", "栋楼", "寸", "胎", "孩"
        }) {
            add(w, null, null, 1, Kind.NOT_A_METRIC);
        }
        int max = 0;
        for (String k : BY_SURFACE.keySet()) {
            max = Math.max(max, k.length());
        }
        MAX_LEN = max;
    }

    /** 点 after a number in a clause about an index (上证指数收于3200.5点): index points, not a time. */
    static final Unit INDEX_POINT = new Unit("点", "index_point", null, 1, Kind.PHYSICAL);

    /** 分 after a number in a clause about a score (综合得分85.6分): a score, not minutes. */
    static final Unit SCORE = new Unit("分", "score", null, 1, Kind.PHYSICAL);

    /** 度 after a 万/亿 magnitude (年上网电量超50亿度): kilowatt-hours, never degrees or an angle. */
    static final Unit KWH_DU = new Unit("度", "kWh", null, 1, Kind.PHYSICAL);

    private Units() {}

    private static void money(String w, String iso) {
        add(w, iso, null, 1, Kind.MONEY);
    }

    private static void physical(String w, String code) {
        add(w, code, null, w.startsWith("万") ? 1e4 : 1, Kind.PHYSICAL);
    }

    private static void add(String w, String code, String mw, double factor, Kind kind) {
        BY_SURFACE.put(w, new Unit(w, code, mw, factor, kind));
    }

    static Unit byName(String surface) {
        return BY_SURFACE.get(surface);
    }

    /**
     * A currency word other than the yuan written right before a number (港币4900元, 美金300元): the currency the
     * amount is in, whatever the 元 after it says; null when there is none.
     */
    static Unit currencyBefore(char[] t, int start, int from) {
        for (int len = Math.min(MAX_LEN, start - from); len >= 2; len--) {
            Unit u = BY_SURFACE.get(new String(t, start - len, len));
            if (u != null && u.kind() == Kind.MONEY && !u.code().equals("CNY")) {
                return u;
            }
        }
        return null;
    }

    /** The longest unit word starting at {@code p} in the folded text, or null. */
    static Unit at(char[] t, int p, int to) {
        int n = Math.min(MAX_LEN, to - p);
        for (int len = n; len >= 1; len--) {
            Unit u = BY_SURFACE.get(new String(t, p, len));
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
