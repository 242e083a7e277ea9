package io.regionpulse.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic regional-news articles in Simplified Chinese from templates with slots, for
 * the dedup test set and benchmark. Articles of one topic share the formulae of Chinese news
 * (高质量发展, 同比增长…), which makes distinct articles of one topic and day realistic hard
 * negatives. Deterministic: the same random state gives the same text.
 */
public final class StoryTexts {
    private StoryTexts() {}

    static final String[] REGIONS = {
        "北京市",
        "天津市",
        "河北省",
        "山西省",
        "内蒙古自治区",
        "辽宁省",
        "吉林省",
        "黑龙江省",
        "上海市",
        "江苏省",
        "浙江省",
        "安徽省",
        "福建省",
        "江西省",
        "山东省",
        "河南省",
        "湖北省",
        "湖南省",
        "广东省",
        "广西壮族自治区",
        "海南省",
        "重庆市",
        "四川省",
        "贵州省",
        "云南省",
        "西藏自治区",
        "陕西省",
        "甘肃省",
        "青海省",
        "宁夏回族自治区",
        "新疆维吾尔自治区",
        "成都市",
        "武汉市",
        "杭州市",
        "南京市",
        "苏州市",
        "合肥市",
        "郑州市",
        "西安市",
        "长沙市",
        "青岛市",
        "宁波市",
        "厦门市",
        "深圳市",
        "广州市",
        "昆明市",
        "贵阳市",
        "南宁市",
        "兰州市",
        "西宁市",
        "银川市",
        "乌鲁木齐市",
        "哈尔滨市",
        "长春市",
        "沈阳市",
        "大连市",
        "济南市",
        "石家庄市",
        "太原市",
        "呼和浩特市",
        "南昌市",
        "福州市",
        "海口市",
        "拉萨市",
        "无锡市",
        "常州市",
        "温州市",
        "佛山市"
    };

    static final String[] CLUSTERS = {
        "京津冀", "长三角", "粤港澳大湾区", "成渝地区双城经济圈", "长江中游城市群", "黄河流域", "东北地区", "中原城市群", "关中平原城市群", "北部湾"
    };

    static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋",
        "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"
    };
    static final String[] GIVEN = {
        "建国", "海燕", "志强", "晓明", "丽华", "文博", "思远", "国庆", "雪梅", "立新", "红霞", "永刚", "秀英", "德胜", "春雷", "静怡", "明轩", "子涵",
        "宏伟", "玉兰"
    };

    static final String[] ORGS = {
        "发展改革委",
        "科技厅",
        "工业和信息化厅",
        "商务厅",
        "农业农村厅",
        "生态环境厅",
        "交通运输厅",
        "文化和旅游厅",
        "人力资源社会保障厅",
        "住房城乡建设厅",
        "市场监管局",
        "统计局",
        "教育厅",
        "卫生健康委",
        "水利厅",
        "自然资源厅"
    };

    static final String[] TOPICS = {"科技创新", "乡村振兴", "交通基建", "生态环保", "对外贸易", "文化旅游", "就业民生", "先进制造", "数字经济", "能源转型"};

    static final String[][] TOPIC_WORDS = {
        {"研发投入", "高新技术企业", "科技成果转化", "重点实验室", "创新联合体", "技术合同成交额", "专利授权量", "孵化器"},
        {"粮食产量", "高标准农田", "农村居民人均可支配收入", "特色产业", "农产品加工", "乡村旅游", "种业振兴", "和美乡村"},
        {"高速铁路", "高速公路", "城市轨道交通", "港口吞吐量", "航空货运", "综合交通枢纽", "跨江大桥", "物流通道"},
        {"空气质量优良天数", "细颗粒物浓度", "森林覆盖率", "污水处理", "湿地保护", "碳排放强度", "固体废物", "生态补偿"},
        {"进出口总额", "跨境电商", "外商直接投资", "中欧班列", "综合保税区", "出口订单", "自由贸易试验区", "外贸新业态"},
        {"接待游客", "旅游收入", "文化遗产", "博物馆", "演出市场", "夜间经济", "非物质文化遗产", "文旅融合"},
        {"城镇新增就业", "高校毕业生", "养老服务", "医疗保障", "保障性住房", "职业技能培训", "托育服务", "社区服务"},
        {"规模以上工业增加值", "智能工厂", "新能源汽车", "集成电路", "工业机器人", "产业集群", "专精特新企业", "制造业投资"},
        {"数字经济核心产业", "5G基站", "算力中心", "工业互联网", "数据要素", "人工智能", "电子商务", "数字政府"},
        {"光伏装机", "风电项目", "储能电站", "清洁能源", "特高压", "氢能产业", "煤电机组", "绿色电力交易"}
    };

    /** Sentence templates: R region, C cluster, W topic word, V second topic word, N number, P percent, Y year, O org, X person. */
    static final String[] TEMPLATES = {
        "今年以来，R坚持把W作为推动高质量发展的重要抓手，各项工作取得积极进展。",
        "据R O介绍，前三季度全省W达到N亿元，同比增长P%。",
        "记者从R O获悉，R将围绕W出台一系列支持政策，力争到Y年形成一批可复制可推广的经验。",
        "“我们把V摆在更加突出的位置，”R O负责人X说，“下一步还要在体制机制上继续发力。”",
        "数据显示，R去年W为N万个，比上年增加P%，增速高于全国平均水平。",
        "在C协同发展的大背景下，R与周边地区在W领域的合作日益紧密。",
        "R提出，到Y年V将突破N亿元，年均增长P%左右。",
        "走进R的一家企业，生产线上机器轰鸣，工人们正在加紧赶制订单。",
        "专家表示，W的提升离不开营商环境的持续优化和要素保障的不断加强。",
        "R还将建立健全V监测评估机制，定期通报各地进展情况。",
        "据统计，全市共有V相关企业N家，带动就业超过N万人。",
        "X表示，当前W仍面临一些困难和挑战，需要各方共同努力。",
        "R O日前印发《关于加快推进W的实施意见》，明确了Y年前的主要目标和重点任务。",
        "业内人士认为，V正在成为拉动区域经济增长的新引擎。",
        "从R到C，一幅W加快发展的画卷正徐徐展开。",
        "R相关负责人X介绍，今年计划实施V重点项目N个，总投资N亿元。",
        "与此同时，R加大财政投入力度，安排专项资金N亿元支持W。",
        "截至目前，R已累计建成V示范点N个，覆盖全部县区。",
        "X告诉记者，过去一年企业订单增长了P%，员工人数也从N人增加到N人。",
        "下一步，R将继续深化改革，推动W与V深度融合。",
        "会议强调，要坚持问题导向，聚焦W中的堵点难点，拿出务实管用的举措。",
        "R还积极对接C，共建V合作平台，推动资源共享和优势互补。",
        "据悉，该项目由R O牵头实施，预计Y年底前全面建成投用。",
        "在R某工业园区，一批V项目正在加紧建设，现场一派繁忙景象。",
        "上半年，R W增速在全国排名第N位，较去年同期提升N个位次。",
        "针对群众反映强烈的问题，R开展了为期N个月的专项行动。",
        "R O表示，将把V纳入年度考核，压实各级责任。",
        "这标志着R在W方面迈出了关键一步。",
        "近年来，R依托区位优势，大力发展V，逐步走出了一条特色发展之路。",
        "X说，W的关键在人才，R今年引进各类高层次人才N人。",
        "来自R的N家单位参加了签约仪式，签约金额达N亿元。",
        "按照规划，R将在Y年前建成V体系，实现全域覆盖。",
        "R O同时提醒，各地要防止一哄而上，避免低水平重复建设。",
        "当天，R还发布了W发展报告，系统总结了过去五年的成效。",
        "村民X说：“现在日子越过越好，V让我们看到了新的希望。”",
        "统计部门的数据表明，R V对经济增长的贡献率达到P%。"
    };

    /** A new lead paragraph for a rewritten copy (same story, other words). */
    static final String[] LEADS = {
        "本报讯（记者X）R近日召开W推进会，对下阶段工作作出部署。",
        "R的W又有新动作。日前，R O公布了一组最新数据，引发广泛关注。",
        "新华社消息，R日前就W情况举行新闻发布会，相关负责人回答了记者提问。",
        "【导读】W怎么干？R给出了自己的答案。",
        "近日，记者跟随采访组走进R，实地探访W的最新进展。"
    };

    static final String[] HEADERS = {
        "来源：R日报",
        "来源：新华网",
        "来源：人民网-地方频道",
        "本文来源：中国新闻网",
        "来源：R广播电视台",
        "转自：经济日报客户端",
        "来源：央视新闻客户端",
        "字号：大 中 小",
        "分享到：微信 微博 QQ空间",
        "【打印】【关闭窗口】"
    };
    static final String[] FOOTERS = {
        "责任编辑：X",
        "编辑：X 审核：X",
        "（记者 X）",
        "本文转自R发布，如有侵权请联系删除。",
        "扫一扫在手机打开当前页",
        "【纠错】",
        "声明：转载此文是出于传递更多信息之目的。",
        "（完）",
        "相关阅读：R出台新政支持民营经济发展",
        "原标题：R推进W工作综述"
    };

    /** The facts one story is about (kept by every copy; a rewritten lead reuses them). */
    public record Facts(String region, String cluster, String org, int topic, String person) {}

    public static Facts facts(SplittableRandom rng, int topic) {
        return new Facts(pick(rng, REGIONS), pick(rng, CLUSTERS), pick(rng, ORGS), topic, person(rng));
    }

    /** An article: 4–8 paragraphs of 2–4 sentences each. */
    public static List<String> paragraphs(SplittableRandom rng, Facts f) {
        int n = 4 + rng.nextInt(5);
        List<String> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            int s = 2 + rng.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s; i++) {
                sb.append(fill(rng, pick(rng, TEMPLATES), f));
            }
            out.add(sb.toString());
        }
        return out;
    }

    public static String lead(SplittableRandom rng, Facts f) {
        return fill(rng, pick(rng, LEADS), f) + fill(rng, pick(rng, TEMPLATES), f) + fill(rng, pick(rng, TEMPLATES), f);
    }

    public static String header(SplittableRandom rng, Facts f) {
        return fill(rng, pick(rng, HEADERS), f);
    }

    public static String footer(SplittableRandom rng, Facts f) {
        return fill(rng, pick(rng, FOOTERS), f);
    }

    static String fill(SplittableRandom rng, String template, Facts f) {
        String[] words = TOPIC_WORDS[f.topic()];
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            switch (c) {
                case 'R' -> sb.append(rng.nextInt(4) == 0 ? pick(rng, REGIONS) : f.region());
                case 'C' -> sb.append(f.cluster());
                case 'W' -> sb.append(words[rng.nextInt(words.length)]);
                case 'V' -> sb.append(words[rng.nextInt(words.length)]);
                case 'N' -> sb.append(1 + rng.nextInt(rng.nextBoolean() ? 100 : 5000));
                case 'P' -> sb.append(rng.nextInt(30)).append('.').append(rng.nextInt(10));
                case 'Y' -> sb.append(2025 + rng.nextInt(11));
                case 'O' -> sb.append(rng.nextInt(3) == 0 ? pick(rng, ORGS) : f.org());
                case 'X' -> sb.append(rng.nextInt(3) == 0 ? person(rng) : f.person());
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String person(SplittableRandom rng) {
        return pick(rng, SURNAMES) + pick(rng, GIVEN);
    }

    static String pick(SplittableRandom rng, String[] xs) {
        return xs[rng.nextInt(xs.length)];
    }
}
