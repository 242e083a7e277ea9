package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import io.regionpulse.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 17);
    private final MetricExtractor extractor = new MetricExtractor();

    private List<MetricMention> extract(String text) {
        return extract(text, List.of());
    }

    private List<MetricMention> extract(String text, List<RegionMention> mentions) {
        return extractor.extract(text, Sentences.split(text), mentions, PUBLISHED);
    }

    private MetricMention only(String text, String surface) {
        List<MetricMention> found =
                extract(text).stream().filter(m -> m.surface().equals(surface)).toList();
        assertThat(found)
                .as("metrics with surface %s in %s: %s", surface, text, extract(text))
                .hasSize(1);
        return found.get(0);
    }

    private static String orNull(String s) {
        return s == null || s.equals("-") ? null : s;
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
      技术交易金额1863.45亿元。 | 1863.45亿元 | 186345000000 | CNY | - | exact | level | -
      争取国家重点研发计划资金67.4亿元。 | 67.4亿元 | 6740000000 | CNY | - | exact | level | -
      协同实施的资金额达56.5亿元。 | 56.5亿元 | 5650000000 | CNY | - | exact | level | -
      协同参与占比84%。 | 84% | 84 | percent | - | exact | level | -
      技术合同输出25273项。 | 25273项 | 25273 | count | 项 | exact | level | -
      已有2207家企业在平台上注册。 | 2207家 | 2207 | count | 家 | exact | level | -
      订单服务额达到1.3亿元。 | 1.3亿元 | 130000000 | CNY | - | exact | level | -
      兑付金额约为5446万。 | 5446万 | 54460000 | CNY | - | approx | level | -
      现场集中签约项目，签约额超800亿。 | 800亿 | 80000000000 | CNY | - | more_than | level | -
      新签合同额约为36亿。 | 36亿 | 3600000000 | CNY | - | approx | level | -
      超过40家的高校院所参与。 | 40家 | 40 | count | 家 | more_than | level | -
      整体水平上升12.84%。 | 12.84% | 12.84 | percent | - | exact | increase | -
      目前已布局了109个创新型产业集群。 | 109个 | 109 | count | 个 | exact | level | -
      占总数的87%。 | 87% | 87 | percent | - | exact | level | -
      合作发表的国际科技论文篇数达到2.5万篇。 | 2.5万篇 | 25000 | count | 篇 | exact | level | -
      培育100家有国际竞争力的科技领军企业。 | 100家 | 100 | count | 家 | exact | level | -
      全年地区生产总值增长6.1%。 | 6.1% | 6.1 | percent | - | exact | increase | -
      社会消费品零售总额同比增长12.3%。 | 12.3% | 12.3 | percent | - | exact | increase | yoy
      工业增加值环比增长0.8%。 | 0.8% | 0.8 | percent | - | exact | increase | mom
      居民消费价格同比下降0.3%。 | 0.3% | 0.3 | percent | - | exact | decrease | yoy
      进口额比上年减少5.6%。 | 5.6% | 5.6 | percent | - | exact | decrease | yoy
      出口较去年同期提高了3.2个百分点。 | 3.2个百分点 | 3.2 | percentage_point | - | exact | increase | yoy
      研发投入强度提高0.2个百分点。 | 0.2个百分点 | 0.2 | percentage_point | - | exact | increase | -
      城镇调查失业率降低0.4个百分点。 | 0.4个百分点 | 0.4 | percentage_point | - | exact | decrease | -
      增速较上月加快1.5个百分点。 | 1.5个百分点 | 1.5 | percentage_point | - | exact | increase | mom
      当天上证指数上涨1.1个点。 | 1.1个点 | 1.1 | index_point | - | exact | increase | -
      恒生指数较前日回落20个点。 | 20个点 | 20 | index_point | - | exact | decrease | -
      全县设立10个点开展检测。 | 10个点 | 10 | count | 个点 | exact | level | -
      粮食产量增加了约120万吨。 | 120万吨 | 1200000 | tonne | - | approx | increase | -
      营业收入下滑近两成。 | 两成 | 20 | percent | - | approx | decrease | -
      三成企业实现盈利。 | 三成 | 30 | percent | - | exact | level | -
      受访者中百分之八十四表示满意。 | 百分之八十四 | 84 | percent | - | exact | level | -
      出口额增长1.5倍。 | 1.5倍 | 1.5 | times | - | exact | increase | -
      利润总额下降-2.7%。 | -2.7% | -2.7 | percent | - | exact | decrease | -
      负增长幅度为负3.9%。 | 负3.9% | -3.9 | percent | - | exact | increase | -
      投资总额约100亿元。 | 100亿元 | 10000000000 | CNY | - | approx | level | -
      项目总投资近50亿元。 | 50亿元 | 5000000000 | CNY | - | approx | level | -
      实际使用外资逾200亿美元。 | 200亿美元 | 20000000000 | USD | - | more_than | level | -
      吸引投资超过3000万港元。 | 3000万港元 | 30000000 | HKD | - | more_than | level | -
      签约金额突破5亿欧元。 | 5亿欧元 | 500000000 | EUR | - | more_than | level | -
      贷款余额不低于800亿元。 | 800亿元 | 80000000000 | CNY | - | at_least | level | -
      单个项目补贴不超过50万元。 | 50万元 | 500000 | CNY | - | at_most | level | -
      能耗强度控制在0.5吨标准煤以内。 | 0.5吨标准煤以内 | 0.5 | tce | - | at_most | level | -
      带动就业不足3000人。 | 3000人 | 3000 | count | 人 | less_than | level | -
      新建5G基站至少1万个。 | 1万个 | 10000 | count | 个 | at_least | level | -
      引进高层次人才500名以上。 | 500名以上 | 500 | count | 名 | at_least | level | -
      增速保持在6%左右。 | 6%左右 | 6 | percent | - | approx | level | -
      近五年建成40余家研究院。 | 40余家 | 40 | count | 家 | approx | level | -
      吸纳就业300多人。 | 300多人 | 300 | count | 人 | approx | level | -
      共有几十家企业入驻。 | 几十家 | 10 | count | 家 | approx | level | -
      带动数百家配套企业。 | 数百家 | 100 | count | 家 | approx | level | -
      辐射上千家中小企业。 | 上千家 | 1000 | count | 家 | approx | level | -
      集聚了百余个科研机构。 | 百余个 | 100 | count | 个 | approx | level | -
      全年接待游客上万人次。 | 上万人次 | 10000 | count | 人次 | approx | level | -
      店里可以买到近千种进口商品。 | 千种 | 1000 | count | 种 | approx | level | -
      纪念馆日均接待游客近万人次。 | 万人次 | 10000 | count | 人次 | approx | level | -
      当年新增高新技术企业逾百个。 | 百个 | 100 | count | 个 | more_than | level | -
      双边贸易额已近万亿美元。 | 万亿美元 | 1000000000000 | USD | - | approx | level | -
      前两个月全省外贸进出口破千亿元。 | 千亿元 | 100000000000 | CNY | - | more_than | level | -
      常住人口六十四万零一百四十三人。 | 六十四万零一百四十三人 | 640143 | count | 人 | exact | level | -
      全市共有两千三百家规上企业。 | 两千三百家 | 2300 | count | 家 | exact | level | -
      培训一万二千名新型职业农民。 | 一万二千名 | 12000 | count | 名 | exact | level | -
      募集资金五百余万元。 | 五百余万元 | 5000000 | CNY | - | approx | level | -
      全省高新技术企业达到１２０００家。 | １２０００家 | 12000 | count | 家 | exact | level | -
      营收达到3万4000亿元。 | 3万4000亿元 | 3400000000000 | CNY | - | exact | level | -
      全年完成投资1,100.9亿元。 | 1,100.9亿元 | 110090000000 | CNY | - | exact | level | -
      基金规模2,500万元。 | 2,500万元 | 25000000 | CNY | - | exact | level | -
      光伏装机容量达到120万千瓦。 | 120万千瓦 | 1200000 | kW | - | exact | level | -
      海上风电装机300兆瓦。 | 300兆瓦 | 300 | MW | - | exact | level | -
      年发电量可达2200万千瓦时。 | 2200万千瓦时 | 22000000 | kWh | - | exact | level | -
      规划面积约45平方公里。 | 45平方公里 | 45 | km2 | - | approx | level | -
      新建高速公路210公里。 | 210公里 | 210 | km | - | exact | level | -
      建成高标准农田1500万亩。 | 1500万亩 | 15000000 | mu | - | exact | level | -
      春播早稻1300多万亩。 | 1300多万亩 | 13000000 | mu | - | approx | level | -
      港口集装箱吞吐量4730万标准箱。 | 4730万标准箱 | 47300000 | TEU | - | exact | level | -
      展览面积12万平方米。 | 12万平方米 | 120000 | m2 | - | exact | level | -
      日均运输20万公斤。 | 20万公斤 | 200000 | kg | - | exact | level | -
      造林面积1.2万公顷。 | 1.2万公顷 | 12000 | ha | - | exact | level | -
      水库库容3.5亿立方米。 | 3.5亿立方米 | 350000000 | m3 | - | exact | level | -
      加工精度控制在0.01毫米以内。 | 0.01毫米以内 | 0.01 | mm | - | at_most | level | -
      全国铁路发送旅客1200万人次。 | 1200万人次 | 12000000 | count | 人次 | exact | level | -
      计划开行旅客列车10689列。 | 10689列 | 10689 | count | 列 | exact | level | -
      申请发明专利356件。 | 356件 | 356 | count | 件 | exact | level | -
      新建学校12所。 | 12所 | 12 | count | 所 | exact | level | -
      建成换电站1973座。 | 1973座 | 1973 | count | 座 | exact | level | -
      交付新能源汽车2.8万辆。 | 2.8万辆 | 28000 | count | 辆 | exact | level | -
      出台政策措施35条。 | 35条 | 35 | count | 条 | exact | level | -
      发表论文1.8万篇。 | 1.8万篇 | 18000 | count | 篇 | exact | level | -
      签约项目58个。 | 58个 | 58 | count | 个 | exact | level | -
      接待游客2600万人次。 | 2600万人次 | 26000000 | count | 人次 | exact | level | -
      建成充电桩521万个。 | 521万个 | 5210000 | count | 个 | exact | level | -
      新增市场主体8.6万户。 | 8.6万户 | 86000 | count | 户 | exact | level | -
      举办招聘会120场。 | 120场 | 120 | count | 场 | exact | level | -
      引进工业机器人3000台。 | 3000台 | 3000 | count | 台 | exact | level | -
      设立分支机构16处。 | 16处 | 16 | count | 处 | exact | level | -
      人均纯收入达14342元。 | 14342元 | 14342 | CNY | - | exact | level | -
      营业总收入262281.9亿元。 | 262281.9亿元 | 26228190000000 | CNY | - | exact | level | -
      产业规模超过1.2万亿元。 | 1.2万亿元 | 1200000000000 | CNY | - | more_than | level | -
      每股派发1.95港元。 | 1.95港元 | 1.95 | HKD | - | exact | level | -
      中国资金净流出1200亿美元。 | 1200亿美元 | 120000000000 | USD | - | exact | level | -
      另需1万亿日元。 | 1万亿日元 | 1000000000000 | JPY | - | exact | level | -
      本期奖池金额攀升至36.57亿元。 | 36.57亿元 | 3657000000 | CNY | - | exact | level | -
      我有一千元。 | 一千元 | 1000 | CNY | - | exact | level | -
      这台电脑十五美元。 | 十五美元 | 15 | USD | - | exact | level | -
      售价８亿元人民币。 | ８亿元人民币 | 800000000 | CNY | - | exact | level | -
      不良贷款率1.62%。 | 1.62% | 1.62 | percent | - | exact | level | -
      森林覆盖率达到２４．０２％。 | ２４．０２％ | 24.02 | percent | - | exact | level | -
      商品打九折。 | 九折 | 90 | percent | - | exact | level | -
      门票七五折。 | 七五折 | 75 | percent | - | exact | level | -
      千分之二点四的发生率。 | 千分之二点四 | 0.24 | percent | - | exact | level | -
      过火面积已达到6.1万平方公里。 | 6.1万平方公里 | 61000 | km2 | - | exact | level | -
      成交额同比增长超25%。 | 25% | 25 | percent | - | more_than | increase | yoy
      开行量突破1100列。 | 1100列 | 1100 | count | 列 | more_than | level | -
      销售收入同比增长4.4倍。 | 4.4倍 | 4.4 | times | - | exact | increase | yoy
      交付周期缩短了20%。 | 20% | 20 | percent | - | exact | decrease | -
      亏损额收窄15.2%。 | 15.2% | 15.2 | percent | - | exact | decrease | -
      进出口总值达618.8亿元。 | 618.8亿元 | 61880000000 | CNY | - | exact | level | -
      年产油气当量达6501.55万吨。 | 6501.55万吨 | 65015500 | tonne | - | exact | level | -
      汽车产量降至120万辆。 | 120万辆 | 1200000 | count | 辆 | exact | level | -
      市场份额提升至35%。 | 35% | 35 | percent | - | exact | level | -
      约189万升废水已经运走。 | 189万升 | 1890000 | L | - | approx | level | -
      最低气温达到零下8℃。 | 零下8℃ | -8 | celsius | - | exact | level | -
      研发强度比中小企业分别高5.5个、2.9个百分点。 | 5.5个 | 5.5 | percentage_point | - | exact | level | -
      """)
    void readsValueUnitQualifierAndChange(
            String text,
            String surface,
            double value,
            String unit,
            String measureWord,
            String qualifier,
            String change,
            String comparison) {
        MetricMention m = only(text, surface);
        assertThat(m.value()).isCloseTo(value, within(Math.max(1e-9, Math.abs(value) * 1e-9)));
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.measureWord()).isEqualTo(orNull(measureWord));
        assertThat(MetricMention.code(m.qualifier())).isEqualTo(qualifier);
        assertThat(MetricMention.code(m.change())).isEqualTo(change);
        assertThat(MetricMention.code(m.comparison())).isEqualTo(orNull(comparison));
    }

    /** Every kind of number that is not a metric, in a sentence of its own. */
    @ParameterizedTest(name = "no metric in {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      2022年8月27日，办公室首次会议顺利召开。
      3月5日上午，十四届全国人大一次会议开幕。
      今天（6月20日）11时18分，卫星发射升空。
      会议于14:30开始。
      下午两点半，组合体驶出厂房。
      三省一市科技部门联合印发行动方案。
      《三省一市共建长三角科技创新共同体行动方案(2022-2025年)》印发。
      《2021长三角41城市创新生态指数报告》显示创新生态持续改善。
      各地公布了科技创新“十四五”规划。
      “十三五”期间成绩显著。
      《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》明确提出。
      第十三届全国人民代表大会第一次会议举行。
      一是加强顶层设计，二是完善体制机制。
      第三，要强化企业创新主体地位。
      “4+1”组织保障全面到位。
      构建“1+8”城市圈协同发展格局。
      代表团抵达北京（附图片1张）。
      江主席发表讲话（附照片2张）。
      联系电话：010-87654321。
      咨询热线400-800-1234。
      京ICP备12345678号。
      沪ICP备2021004567号-1。
      点击量:4409
      阅读：1.2万次
      Matomo 5.0 Beta 发布。
      系统升级到V2.0版本。
      当前版本为3.1.4。
      指数从100升至120。
      打造两地双城协同发展格局。
      推动川渝两地毗邻地区合作。
      共建一个国际科技创新中心。
      两会期间代表们积极建言。
      2022年，全国物价运行总体平稳。
      持证人每次停留不超过30天。
      连续14年稳居非洲最大贸易伙伴国地位。
      今年是两国建交15周年。
      以色列军方打死一名17岁的巴勒斯坦人。
      10年来，项目不断推进。
      近五年来，创新因子自由流动。
      3分多钟后，男子渐渐清醒，随后被120急救车送往医院。
      “东数西算”400G算力通道验证成功。
      C919大型客机完成首次商业飞行。
      神舟十五号乘组顺利返回。
      习近平主席将于5月18日至19日主持召开峰会。
      2023年1-5月，各项工作稳步推进。
      这是过去7年来沙特高级官员首次访问。
      中非青年大联欢第七届活动开幕。
      三位一体推进联合攻关。
      “千万工程”迭代升级。
      一带一路倡议提出十周年。
      七国集团部长会议闭幕。
      发布时间：2023-06-17 02:27:18
      “应急使命·2023”演习举行。
      总台“5·10中国品牌日媒体行动”举行。
      访问 https://www.example.com/page?id=30%25 了解详情。
      成果转化是一成不变的课题吗。
      这一成果得到广泛认可。
      一波三折的谈判终于结束。
      国家将以折合人民币计价。
      排名前3名的企业获得奖励。
      世界前100座高桥有近一半在贵州。
      全国前20个城市的名单今天公布。
      跻身全球前50强的企业越来越多。
      东西部协作结对帮扶。
      唯一的办法是改革。
      全国统一大市场加快建设。
      这座古城已有近千年历史。
      千家万户过上了好日子。
      """)
    void findsNoMetric(String text) {
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void mapsRespectiveListOntoTheQuantitiesBeforeIt() {
        String text = "2022年三省一市相互间技术合同输出25273项，技术交易金额1863.45亿元，同比分别增长20.3%、112.5%。";
        List<MetricMention> ms = extract(text);
        assertThat(ms).extracting(MetricMention::value).containsExactly(25273.0, 1.86345e11, 20.3, 112.5);
        MetricMention a = ms.get(2);
        MetricMention b = ms.get(3);
        assertThat(a.indicator()).isEqualTo(ms.get(0).indicator()).contains("技术合同输出");
        assertThat(b.indicator()).isEqualTo("技术交易金额");
        assertThat(List.of(a, b)).allSatisfy(m -> {
            assertThat(MetricMention.code(m.change())).isEqualTo("increase");
            assertThat(MetricMention.code(m.comparison())).isEqualTo("yoy");
            assertThat(m.referenceYear()).isEqualTo(2022);
        });
        assertThat(ms.get(0).referenceYear()).isEqualTo(2022);
    }

    @Test
    void mapsRespectiveListOntoTheRegionsBeforeIt() {
        String text = "北京、上海、广东研发投入强度分别为6.5%、4.2%和3.1%。";
        List<RegionMention> rs = List.of(
                region("北京", text, "110000", "北京市"),
                region("上海", text, "310000", "上海市"),
                region("广东", text, "440000", "广东省"));
        List<MetricMention> ms = extract(text, rs);
        assertThat(ms).extracting(MetricMention::regionCode).containsExactly("110000", "310000", "440000");
        assertThat(ms).extracting(MetricMention::value).containsExactly(6.5, 4.2, 3.1);
    }

    @Test
    void mapsRespectiveListOntoNamedIndicators() {
        List<MetricMention> ms = extract("一季度进口、出口分别增长5.2%和7.9%。");
        assertThat(ms).extracting(MetricMention::indicator).containsExactly("进口", "出口");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      投资3至5亿元。 | 300000000 | 500000000 | CNY
      增幅20%—30%。 | 20 | 30 | percent
      增长20-30%。 | 20 | 30 | percent
      建设3至5条文物主题游径。 | 3 | 5 | count
      每年新增5~8万人。 | 50000 | 80000 | count
      引进10到20家企业。 | 10 | 20 | count
      投资3亿至5亿元。 | 300000000 | 500000000 | CNY
      """)
    void readsRangesAsTwoBounds(String text, double low, double high, String unit) {
        List<MetricMention> ms = extract(text);
        assertThat(ms).hasSize(2);
        assertThat(ms.get(0).value()).isEqualTo(low);
        assertThat(MetricMention.code(ms.get(0).qualifier())).isEqualTo("at_least");
        assertThat(ms.get(1).value()).isEqualTo(high);
        assertThat(MetricMention.code(ms.get(1).qualifier())).isEqualTo("at_most");
        assertThat(ms).allSatisfy(m -> assertThat(m.unit()).isEqualTo(unit));
        assertThat(ms.get(0).surface()).isEqualTo(ms.get(1).surface());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
      到2025年长三角研发投入强度超过3%。 | 3% | true | 2025 | 2025
      力争到2027年全省数字经济规模达到3万亿元。 | 3万亿元 | true | 2027 | 2027
      2030年前建成5个国家级创新平台。 | 5个 | true | 2030 | 2030
      目标是新增就业1100万人以上。 | 1100万人以上 | true | - | 2023
      预计全年发送旅客1200万人次。 | 1200万人次 | true | - | 2023
      2022年全省完成投资1000亿元。 | 1000亿元 | false | - | 2022
      截至2022年底，充电桩达到521万个。 | 521万个 | false | - | 2022
      去年全市GDP增长6%。 | 6% | false | - | 2022
      今年一季度出口增长8%。 | 8% | false | - | 2023
      相较于2020年，整体水平上升12.84%。 | 12.84% | false | - | 2023
      比2021年增长15%。 | 15% | false | - | 2023
      全市完成投资1000亿元。 | 1000亿元 | false | - | 2023
      争取国家重点研发计划资金67.4亿元。 | 67.4亿元 | false | - | 2023
      """)
    void readsTargetsAndReferenceYears(
            String text, String surface, boolean target, Integer targetYear, Integer referenceYear) {
        MetricMention m = only(text, surface);
        assertThat(m.isTarget()).isEqualTo(target);
        assertThat(m.targetYear()).isEqualTo(targetYear);
        assertThat(m.referenceYear()).isEqualTo(referenceYear);
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      技术交易金额1863.45亿元。 | 1863.45亿元 | 技术交易金额
      研发投入强度超过3%。 | 3% | 研发投入强度
      订单服务额达到1.3亿元。 | 1.3亿元 | 订单服务额
      兑付金额约为5446万。 | 5446万 | 兑付金额
      已有2207家企业在平台上注册。 | 2207家 | 企业
      95家集群单位布局在国家高新区内。 | 95家 | 集群单位
      2022年全年地区生产总值达到4.5万亿元。 | 4.5万亿元 | 地区生产总值
      其中，社会消费品零售总额同比增长12.3%。 | 12.3% | 社会消费品零售总额
      全市GDP达3万亿元，比上年增长5.2%。 | 5.2% | GDP
      """)
    void namesTheIndicator(String text, String surface, String indicator) {
        assertThat(only(text, surface).indicator()).isEqualTo(indicator);
    }

    @Test
    void linksTheNearestRegionOfTheClause() {
        String text = "此外，河北将构建京津冀协同创新共同体，培育100家科技领军企业。长三角研发投入强度超过3%。";
        List<RegionMention> rs = List.of(
                region("河北", text, "130000", "河北省"),
                region("京津冀", text, "CL-JJJ", "京津冀"),
                region("长三角", text, "CL-YRD", "长三角"));
        List<MetricMention> ms = extract(text, rs);
        assertThat(ms).extracting(MetricMention::regionCode).containsExactly("130000", "CL-YRD");
        assertThat(ms)
                .extracting(MetricMention::regionLink)
                .containsExactly(RegionLink.SENTENCE, RegionLink.CLAUSE_SUBJECT);
    }

    @Test
    void carriesTheSubjectOfThePreviousSentence() {
        String text = "重庆市经济运行稳中向好。全年完成投资1000亿元。";
        List<MetricMention> ms = extract(text, List.of(region("重庆市", text, "500000", "重庆市")));
        assertThat(ms.get(0).regionCode()).isEqualTo("500000");
        assertThat(ms.get(0).regionLink()).isEqualTo(RegionLink.CONTEXT);
        assertThat(ms.get(0).regionName()).isEqualTo("重庆市");
        assertThat(ms.get(0).linkReliable()).isFalse();
    }

    @Test
    void fallsBackToTheDocumentsMainRegion() {
        String text = "四川推进科技创新。\n四川加快建设西部科学城。\n四川成果丰硕。\n数据显示，全年新增企业2000家。";
        List<RegionMention> rs = new ArrayList<>();
        int i = text.indexOf("四川");
        while (i >= 0) {
            rs.add(Mentions.mention(0, i, i + 2, "四川", "510000", "四川省", "province", "510000", "short_name", false));
            i = text.indexOf("四川", i + 2);
        }
        MetricMention m = extract(text, rs).get(0);
        assertThat(m.regionCode()).isEqualTo("510000");
        assertThat(m.regionLink()).isEqualTo(RegionLink.STORY);
    }

    @Test
    void leavesNationalFiguresWithoutRegion() {
        String text = "北京召开发布会。全国新设外商投资企业同比增长7.6%。";
        MetricMention m =
                extract(text, List.of(region("北京", text, "110000", "北京市"))).get(0);
        assertThat(m.regionCode()).isNull();
        assertThat(m.scope()).isEqualTo(Scope.NATIONAL);
        assertThat(m.regionLink()).isEqualTo(RegionLink.NATIONAL_MARKER);
        assertThat(m.linkReliable()).isTrue();
    }

    @Test
    void prefersTheCityRightAfterItsProvince() {
        String text = "山东济南医保部门针对护理需求，培训2400多名村民。";
        List<RegionMention> rs = List.of(
                region("山东", text, "370000", "山东省"),
                Mentions.mention(0, 2, 4, "济南", "370100", "济南市", "city", "370000", "short_name", false));
        assertThat(extract(text, rs).get(0).regionCode()).isEqualTo("370100");
    }

    @Test
    void growthTakesTheRegionOfItsQuantity() {
        String text = "乌鲁木齐海关统计显示，新疆进出口总值达618.8亿元，同比增长77.4%。";
        List<RegionMention> rs = List.of(
                Mentions.mention(0, 0, 4, "乌鲁木齐", "650100", "乌鲁木齐市", "city", "650000", "short_name", true),
                region("新疆", text, "650000", "新疆维吾尔自治区"));
        assertThat(extract(text, rs)).extracting(MetricMention::regionCode).containsExactly("650000", "650000");
    }

    @Test
    void prefersTheClusterOverItsCombinedMembers() {
        String text = "2022年，京津冀地区生产总值合计10万亿元。";
        int i = text.indexOf("京津冀地区");
        List<RegionMention> rs = List.of(
                Mentions.mention(0, i, i + 5, "京津冀地区", "CL-JJJ", "京津冀", "cluster", null, "alias", false),
                Mentions.mention(0, i, i + 5, "京津冀地区", "110000", "北京市", "province", "110000", "combined", false),
                Mentions.mention(0, i, i + 5, "京津冀地区", "130000", "河北省", "province", "130000", "combined", false));
        assertThat(extract(text, rs).get(0).regionCode()).isEqualTo("CL-JJJ");
    }

    @Test
    void takesTheFirstOfTwoCitiesWrittenTogether() {
        String text = "截至去年末，宁波舟山港航线达120条。";
        List<RegionMention> rs = List.of(
                Mentions.mention(0, 6, 8, "宁波", "330200", "宁波市", "city", "330000", "short_name", false),
                Mentions.mention(0, 8, 10, "舟山", "330900", "舟山市", "city", "330000", "short_name", false));
        assertThat(extract(text, rs).get(0).regionCode()).isEqualTo("330200");
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        String text = "标题\n聚焦资源共享，2022年长三角争取资金67.4亿元。";
        MetricMention m = extract(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("67.4亿元").isEqualTo(m.surface());
        assertThat(m.sentenceIndex()).isEqualTo(1);
    }

    @Test
    void handlesEmptyText() {
        assertThat(extractor.extract("", List.of(), List.of(), PUBLISHED)).isEmpty();
    }

    @Test
    void scansLongTextsInLinearTime() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("全市完成投资")
                    .append(i)
                    .append("亿元，同比增长")
                    .append(i % 50)
                    .append(".5%，")
                    .append("2022年12月31日。");
        }
        String text = b.toString();
        assertThat(extract(text)).hasSize(10000);
    }

    @Test
    void staysLinearOnTextWithoutPunctuation() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("产值").append(i % 97).append("亿元增长").append(i % 13).append("%");
        }
        assertThat(extract(b.toString())).hasSize(10000);
    }

    /** Seeded random strings over the grammar's alphabet: no exception, and every span is valid. */
    @Test
    void survivesRandomNumberLikeText() {
        String alphabet = "0123456789０１２３一二三四五六七八九十百千万亿零两点负-—~至到%％个百分点成折元余多几数上第《》，。、（）() 年月日号:+/.,ek^分之又打半";
        java.util.Random r = new java.util.Random(20231121);
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (MetricMention m : extract(text)) {
                assertThat(m.start()).isBetween(0, m.end() - 1);
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
                assertThat(Double.isFinite(m.value())).isTrue();
            }
        }
    }

    private static RegionMention region(String surface, String text, String code, String name) {
        int i = text.indexOf(surface);
        String level = code.startsWith("CL-") ? "cluster" : code.endsWith("0000") ? "province" : "city";
        return Mentions.mention(
                0,
                i,
                i + surface.length(),
                surface,
                code,
                name,
                level,
                code.startsWith("CL-") ? null : code.substring(0, 2) + "0000",
                surface.equals(name) ? "full_name" : "short_name",
                false);
    }
}
