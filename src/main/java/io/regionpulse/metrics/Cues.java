package io.regionpulse.metrics;

import java.util.List;
import java.util.regex.Pattern;

/** The context words around a number: qualifiers, change, comparison, targets, labels. */
final class Cues {
    private Cues() {}

    record Cue(String word, String meaning) {}

    /** Words right before a number, longest first: 超过40家 → more_than, 约为5446万 → approx. */
    static final List<Cue> PRE_QUALIFIERS = sortLongestFirst(List.of(
            new Cue("不低于", "at_least"),
            new Cue("不少于", "at_least"),
            new Cue("不小于", "at_least"),
            new Cue("至少", "at_least"),
            new Cue("最少", "at_least"),
            new Cue("起码", "at_least"),
            new Cue("不超过", "at_most"),
            new Cue("不高于", "at_most"),
            new Cue("不多于", "at_most"),
            new Cue("不大于", "at_most"),
            new Cue("最多", "at_most"),
            new Cue("至多", "at_most"),
            new Cue("超过", "more_than"),
            new Cue("超出", "more_than"),
            new Cue("多于", "more_than"),
            new Cue("高于", "more_than"),
            new Cue("大于", "more_than"),
            new Cue("突破", "more_than"),
            new Cue("破", "more_than"),
            new Cue("已过", "more_than"),
            new Cue("逾", "more_than"),
            new Cue("超", "more_than"),
            new Cue("不止", "more_than"),
            new Cue("不足", "less_than"),
            new Cue("不到", "less_than"),
            new Cue("低于", "less_than"),
            new Cue("少于", "less_than"),
            new Cue("小于", "less_than"),
            new Cue("未满", "less_than"),
            new Cue("未达", "less_than"),
            new Cue("约为", "approx"),
            new Cue("约合", "approx"),
            new Cue("约达", "approx"),
            new Cue("约", "approx"),
            new Cue("大约", "approx"),
            new Cue("大概", "approx"),
            new Cue("将近", "approx"),
            new Cue("接近", "approx"),
            new Cue("近", "approx"),
            new Cue("左右", "approx")));

    /** Words right after the unit: 40家以上 → at_least, 3%左右 → approx. */
    static final List<Cue> POST_QUALIFIERS = List.of(
            new Cue("以上", "at_least"),
            new Cue("及以上", "at_least"),
            new Cue("以下", "at_most"),
            new Cue("以内", "at_most"),
            new Cue("之内", "at_most"),
            new Cue("左右", "approx"),
            new Cue("上下", "approx"),
            new Cue("许", "approx"),
            new Cue("多", "approx"),
            new Cue("余", "approx"));

    static final List<Cue> CHANGES = sortLongestFirst(List.of(
            new Cue("增长", "increase"),
            new Cue("增加", "increase"),
            new Cue("上升", "increase"),
            new Cue("提高", "increase"),
            new Cue("提升", "increase"),
            new Cue("上涨", "increase"),
            new Cue("攀升", "increase"),
            new Cue("跃升", "increase"),
            new Cue("扩大", "increase"),
            new Cue("加快", "increase"),
            new Cue("回升", "increase"),
            new Cue("放缓", "decrease"),
            new Cue("增", "increase"),
            new Cue("涨", "increase"),
            new Cue("升", "increase"),
            new Cue("下降", "decrease"),
            new Cue("减少", "decrease"),
            new Cue("降低", "decrease"),
            new Cue("下滑", "decrease"),
            new Cue("回落", "decrease"),
            new Cue("下跌", "decrease"),
            new Cue("缩减", "decrease"),
            new Cue("收窄", "decrease"),
            new Cue("缩短", "decrease"),
            new Cue("萎缩", "decrease"),
            new Cue("缩小", "decrease"),
            new Cue("降", "decrease"),
            new Cue("减", "decrease"),
            new Cue("跌", "decrease")));

    /** Chars allowed between a change word and its number: 同比分别增长20.3%、112.5%, 提高了约. */
    static final String CHANGE_GAP = "了分别约近超过逾达为幅度速率是同比环比、0123456789.%个百分点倍 均长和及至到";

    static final List<Cue> COMPARISONS = List.of(
            new Cue("同比", "yoy"),
            new Cue("环比", "mom"),
            new Cue("比上年", "yoy"),
            new Cue("较上年", "yoy"),
            new Cue("比去年", "yoy"),
            new Cue("较去年", "yoy"),
            new Cue("上年同期", "yoy"),
            new Cue("去年同期", "yoy"),
            new Cue("比上一年", "yoy"),
            new Cue("与上年相比", "yoy"),
            new Cue("比上月", "mom"),
            new Cue("较上月", "mom"),
            new Cue("上月相比", "mom"),
            new Cue("比上季度", "mom"),
            new Cue("较上季度", "mom"));

    static final Pattern COMPARE_YEAR = Pattern.compile("[比较]\\d{4}年");

    static final List<String> TARGET_WORDS = List.of("力争", "目标", "预计", "有望", "将达到", "将超过", "确保", "争取到", "计划到");

    /** Labels before a number that make it an identifier, a page counter or a layout note (附图片1张), not a quantity. */
    static final List<String> LABELS = List.of(
            "电话", "热线", "传真", "邮编", "备案", "ICP", "证号", "编号", "点击", "浏览", "阅读", "访问量", "发布时间", "手机号", "QQ", "微信号", "许可证",
            "代码", "账号", "字号", "附图", "附照片");

    /** Labels that are also things one counts: followed by a measure word (电话4859部) the number counts them. */
    static final List<String> COUNTABLE_LABELS = List.of("电话", "热线");

    /** Words that make a number without a unit word an amount of money: 兑付金额约为5446万. */
    static final List<String> MONEY_WORDS = List.of(
            "金额", "资金", "投资", "收入", "营收", "产值", "生产总值", "GDP", "销售额", "交易额", "成交额", "贸易额", "进出口", "出口额", "进口额", "总额",
            "服务额", "税收", "利润", "融资", "贷款", "存款", "余额", "资产", "市值", "营业额", "收益", "补贴", "奖励", "经费", "预算", "支出", "财政",
            "消费额", "费用", "资本", "基金", "额达", "成本", "签约额", "合同额");

    /** Words in the clause before a number that make a following 点 index points (not a time). */
    static final List<String> INDEX_WORDS =
            List.of("指数", "指", "点位", "恒生", "道琼斯", "纳斯达克", "标普", "上证", "深证", "创业板", "大盘", "收于", "收报", "报收", "基准利率");

    /** Words in the clause before a number that make a following 分 a score (not minutes). */
    static final List<String> SCORE_WORDS =
            List.of("得分", "评分", "分数", "成绩", "满分", "总分", "打分", "分值", "均分", "平均分", "测评", "考核", "指数");

    /** Chars after 成 that make it a verb or word (成为, 成果, 成都), not a tenth. */
    static final String NOT_TENTHS_AFTER = "不果本员立就交为效绩熟长型都品分功套色像批片份年人材才形败全行文语药衣器真婚家事名因规风群龙建了绩熟";

    /** Chars after 折 that make it a word (折合, 折算), not a discount. */
    static final String NOT_DISCOUNT_AFTER = "合算旧现射叠腾中服价扣线返回";

    /** Leading words of a phrase that are not part of an indicator name. */
    static final List<String> LEADING_NOISE = sortLongest(List.of(
            "其中", "此外", "另外", "同时", "目前", "当前", "截至目前", "全年", "今年", "去年", "上年", "上半年", "下半年", "前三季度", "一季度", "二季度",
            "三季度", "四季度", "同期", "累计", "共", "已", "全市", "全省", "全区", "全国", "我国", "我市", "我省", "该市", "该省", "当年", "期间", "以来",
            "底", "末", "年底", "年末", "月底", "并", "且", "而", "和", "及", "与", "其", "在", "将", "已经", "也", "还", "都", "均", "则", "仅",
            "共计", "合计", "总计", "达", "首批", "以", "为", "，", "、", "的", "来", "初", "前"));

    /** Trailing words of a phrase before the number that are verbs or qualifiers, not the name. */
    static final List<String> TRAILING_NOISE = sortLongest(List.of(
            "达到", "达", "为", "是", "有", "共有", "已有", "共", "计", "约", "约为", "实现", "完成", "累计", "合计", "总计", "共计", "突破", "超过",
            "超", "逾", "近", "至", "到", "了", "已", "均", "仅", "只", "就", "又", "再", "还", "将", "可", "要", "的", "分别", "同比", "环比",
            "增长", "增加", "下降", "减少", "提高", "提升", "上升", "降低", "比上年", "较上年", "比去年", "较去年", "不低于", "不少于", "至少", "不超过", "高于",
            "低于", "不足", "不到", "接近", "将近", "大约", "约合", "争取", "培育", "新增", "新建", "建成", "拥有", "吸引", "带动", "引进", "落地", "签约",
            "布局了", "布局", "建设", "打造", "形成", "集聚", "汇聚", "成为", "超出", "上涨", "下跌", "回落", "下滑", "攀升", "扩大", "缩小", "收窄", "缩短",
            "加快", "放缓", "回升", "降", "增", "减", "涨", "跌", "升", "控制在", "保持在", "稳定在", "维持在", "在", "于", "以", "幅度为", "速度为",
            "、", "，", "和", "及", "与", "等", "以及", "其中"));

    private static List<Cue> sortLongestFirst(List<Cue> cues) {
        return cues.stream()
                .sorted((a, b) -> Integer.compare(b.word().length(), a.word().length()))
                .toList();
    }

    private static List<String> sortLongest(List<String> words) {
        return words.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }
}
