package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.codes.Scope;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import io.regionpulse.text.Sentences;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scope and region link rules through the extractor, one sentence (or short story) per row: the order in which
 * {@link RegionLinker} consults the rule families (each family has its own rows, e.g. {@code ScopeMarkersTest},
 * {@code PlaceListsTest}). Regions are given as {@code surface=code} in the order they are written, as
 * {@code Mentions.written} reads them ({@code *}: inside an organisation's name; {@code +}: a member of a combination
 * written as one word, 青藏 = 青海 + 西藏; 0000 provinces, 00 cities, else counties, CL- clusters, MR- macro regions).
 */
class RegionLinkerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 1);

    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // the clause's own region
                "江苏全年地区生产总值增长5.8%。| 江苏=320000 | 5.8% | region | 320000 | clause_subject",
                // a national marker between the region and the number wins
                "北京发布数据，全国进出口总值增长4.7%。| 北京=110000 | 4.7% | national | null | national_marker",
                "我国发明专利有效量达到421.2万件。| null | 421.2万件 | national | null | national_marker",
                // a region inside an organisation's name is not the subject
                "四川大学附属医院今年接诊患者300万人次。| *四川=510000 | 300万人次 | none | null | none",
                "据工商银行北京分行统计，全年发放贷款500亿元。| *北京=110000 | 500亿元 | none | null | none",
                // …but a place inside the name of its own authority is what the authority's figures are about
                "据厦门海关统计，前10个月进出口总值达7200亿元。| *厦门=350200 | 7200亿元 | region | 350200 | sentence",
                "广东省统计局发布数据，全省规上工业增加值增长4.4%。| *广东=440000 | 4.4% | region | 440000 | sentence",
                "河南省人民政府下达救灾资金3亿元。| *河南=410000 | 3亿元 | region | 410000 | clause_subject",
                // 国家级 is an honour a local unit holds
                "浙江新增国家级专精特新企业120家。| 浙江=330000 | 120家 | region | 330000 | clause_subject",
                // the sentence's region carries to a later clause when nothing intervenes
                "河北加快建设，培育企业100家。| 河北=130000 | 100家 | region | 130000 | sentence",
                // another subject in a later clause blocks it
                "上海增长3%，天津工业利润为200亿元。| 上海=310000,天津=120000 | 200亿元 | region | 120000 | clause_subject",
                "上海举行推介会，广东也发布消息，签约项目50个。| 上海=310000,广东=440000 | 50个 | none | null | none",
                // the change of the quantity just before it
                "广州进出口总值达618.8亿元，同比增长7.4%。| 广州=440100 | 7.4% | region | 440100 | same_quantity",
                // 分别 lists
                "北京、上海分别增长5%、6%。| 北京=110000,上海=310000 | 6% | region | 310000 | fenbie_list",
                // foreign, but not a trade partner
                "美国一季度经济增长1.1%。| null | 1.1% | foreign | null | foreign_marker",
                "中国对欧盟出口增长3%。| null | 3% | national | null | national_marker",
                // a region named after the number is its object, not its subject
                "累计投入资金30亿元支持新疆。| 新疆=650000 | 30亿元 | none | null | none",
                // …but a place introduced by 在/于 in the same clause is where it happens
                "共有参赛选手1200名在山东济南集结。| 山东=370000,济南=370100 | 1200名 | region | 370100 | clause_subject",
                // a list of places is several regions at once
                "西安、咸阳、渭南3个城市受益。| 西安=610100,咸阳=610400,渭南=610500 | 3个 | none | null | several_regions",
                // countries counted are not the state but an international figure; the guests who come
                // from them are not foreign figures (来自… is an origin)
                "来自60多个国家和地区的290余位嘉宾参会。| null | 60多个 | foreign | null | foreign_marker",
                "来自60多个国家和地区的290余位嘉宾参会。| null | 290余位 | none | null | none",
                "江苏已有80个国家级开发区。| 江苏=320000 | 80个 | region | 320000 | clause_subject",
                // a trade partner after 对 is not the figure's scope
                "新疆对沿线国家和地区进出口总值达618.8亿元。| 新疆=650000 | 618.8亿元 | region | 650000 | clause_subject",
                // 中国特色 and a quoted title are not national or foreign markers
                "上海学习中国特色社会主义理论，第一批246家单位完成部署。| 上海=310000 | 246家 | region | 310000 | sentence",
                "天津举办“世界经济论坛”年会，将举办150多场分论坛。| 天津=120000 | 150多场 | region | 120000 | sentence",
                // a rank (全球首台, 国内首条) or a benchmark (占全国的, 高于全国) is not the figure's scope
                "全球首台20兆瓦风电机组在浙江海域安装完成。| 浙江=330000 | 20兆瓦 | region | 330000 | clause_subject",
                "湖北年产种子占全国的35%以上。| 湖北=420000 | 35%以上 | region | 420000 | clause_subject",
                "湖南工业增长8.1%，高于全国3.2个百分点。| 湖南=430000 | 3.2个百分点 | region | 430000 | sentence",
                "全国首批30个试点城市名单公布。| null | 30个 | national | null | national_marker",
                // 商务部门 is a local office, not the ministry; 首个国家级 is one base, not countries
                "浙江商务部门派出6个调研组。| 浙江=330000 | 6个 | region | 330000 | clause_subject",
                "位于湖北武汉的首个国家级实训基地设有12个教学中心。| 湖北=420000,武汉=420100 | 12个 | region | 420100 | clause_subject",
                // a later part of the sentence's region narrows it
                "河南夏收过半，在周口，200万亩小麦进入收获期。| 河南=410000,周口=411600 | 200万亩 | region | 411600 | sentence",
                // province, prefecture, county written together: the county
                "在黑龙江绥化市庆安县，共有智能车间20多个。| 黑龙江=230000,绥化市=231200,庆安县=231224 | 20多个 | region | 231224 | sentence",
                "在黑龙江绥化市庆安县有智能车间20多个。| 黑龙江=230000,绥化市=231200,庆安县=231224 | 20多个 | region | 231224 | clause_subject",
                // a route between two places is about both
                "北京至天津城际铁路全长120公里。| 北京=110000,天津=120000 | 120公里 | none | null | several_regions",
                "北京至天津城际铁路开通，全长120公里。| 北京=110000,天津=120000 | 120公里 | none | null | several_regions",
                // …but a route or list inside the province named first is the province's
                "贵州遵义至铜仁高速公路全长180公里。| 贵州=520000,遵义=520300,铜仁=520600 | 180公里 | region | 520000 | clause_subject",
                "云南大理至某县高速通车，全长259公里。| 云南=530000,大理=532900 | 259公里 | region | 530000 | sentence",
                "四川今年将在成都、绵阳布局建设4个产业集群。| 四川=510000,成都=510100,绵阳=510700 | 4个 | region | 510000 | clause_subject",
                // places before 等 are examples of what is counted: the country's, the province's, or several
                "我国新增江苏苏州太湖湿地等15处国际重要湿地。| 江苏=320000,苏州=320500 | 15处 | national | null | national_marker",
                "浙江评出杭州、宁波等5个示范城市。| 浙江=330000,杭州=330100,宁波=330200 | 5个 | region | 330000 | clause_subject",
                "杭州、南京等8个城市入选。| 杭州=330100,南京=320100 | 8个 | none | null | several_regions",
                // …but not when the items before 等 are other things
                "江苏推出赏花、美食、露营等500多项文旅活动。| 江苏=320000 | 500多项 | region | 320000 | clause_subject",
                // an event's place named in a later clause (在…举行)
                "本届运动会共设12个大项，将于明年8月在广西南宁举行。| 广西=450000,南宁=450100 | 12个 | region | 450100 | sentence",
                // a place after 聚焦/围绕/推动… is an object, not the sentence's subject
                "聚焦京津冀协同发展，北京谋划京津冀政务服务一体化，围绕5个方面推进改革。| 京津冀=CL-JJJ,北京=110000 | 5个 | region | 110000 | sentence",
                // a facility's own figures are its place's (机场, 油田, 港)
                "长沙机场改扩建完成后，年旅客吞吐量将达到5000万人次。| *长沙=430100 | 5000万人次 | region | 430100 | sentence",
                "大庆油田今年生产原油3000万吨。| *大庆=230600 | 3000万吨 | region | 230600 | clause_subject",
                "郑州东站春运期间日均发送旅客12万人次。| *郑州=410100 | 12万人次 | region | 410100 | clause_subject",
                // counted countries are the origin of what follows 的, not its scope; 第N届世界… is an event's name
                "共有80个国家和地区的1200部影片报名参赛。| null | 1200部 | none | null | none",
                "昆明第15届世界花卉大会吸引参展商400多家。| 昆明=530100 | 400多家 | region | 530100 | clause_subject",
                // a national word right after a place is part of that place's name
                "江西于都中央红军纪念园日均接待游客8000人次。| 江西=360000,于都=360731 | 8000人次 | region | 360731 | clause_subject",
                // a place further on in an institution's name is inside it too
                "表彰中国铁路兰州局集团公司银川车间1个集体。| *兰州=620100,银川=640100 | 1个 | national | null | national_marker",
                // 其中国家级 is 其中 + 国家级, not 中国; a place inside 《…》 is a title; N中国人 counts the country's people
                "新疆现有种畜禽场163家，其中国家级核心育种场8家。| 新疆=650000 | 8家 | region | 650000 | sentence",
                "峰会发布《2023年西安倡议》，签署合作协议100余份。| 西安=610100 | 100余份 | none | null | none",
                "北京冬奥会吸引了近3.5亿中国人参与冰雪运动。| 北京=110000 | 3.5亿 | national | null | national_marker",
                // other countries as a group (沿线国家, 金砖国家, 发展中国家) are a partner, not the state
                "前两个月湖州对金砖国家进出口额达60.5亿元。| 湖州=330500 | 60.5亿元 | region | 330500 | clause_subject",
                "1—4月，云南对“一带一路”沿线国家出口超过300亿元。| 云南=530000 | 300亿元 | region | 530000 | clause_subject",
                "山西向发展中国家出口设备增长12%。| 山西=140000 | 12% | region | 140000 | clause_subject",
                "国家统计局数据显示，全国粮食产量增长1.2%。| null | 1.2% | national | null | national_marker",
                // a place between 包括 and 在内 is a member of what is counted, not the subject
                "包括苏州工业园区在内的12个园区实现产值3000亿元。| 苏州=320500 | 3000亿元 | none | null | none",
                "江苏省包括南京在内的8个城市完成投资500亿元。| 江苏省=320000,南京=320100 | 500亿元 | region | 320000 | clause_subject",
                // a macro region after the province of its clause is part of that province
                "吉林在西部地区改良盐碱地41.46万亩。| 吉林=220000,西部=MR-W | 41.46万亩 | region | 220000 | clause_subject",
                "四川在东部地区建设园区6个。| 四川=510000,东部=MR-E | 6个 | region | 510000 | clause_subject",
                "西部地区完成投资200亿元。| 西部=MR-W | 200亿元 | region | MR-W | clause_subject",
                // a county inside a company's name, right after the place that contains it, is where the company is
                "内蒙古阿拉善盟阿拉善左旗新井煤业有限公司煤矿坍塌，已造成2人死亡。| 内蒙古=150000,阿拉善盟=152900,*阿拉善左旗=152921 | 2人 | region | 152921 | sentence",
                // places joined by 以及 are a list, like 、 and 和
                "山西以及陕西新建煤矿12座。| 山西=140000,陕西=610000 | 12座 | none | null | several_regions",
                "山西和陕西新建煤矿12座。| 山西=140000,陕西=610000 | 12座 | none | null | several_regions",
                "山西以高标准建设新建煤矿12座。| 山西=140000 | 12座 | region | 140000 | clause_subject",
                // a state company's name (国家电投) does not make a local figure national
                "国家电投在青海建成光伏电站装机100万千瓦。| 青海=630000 | 100万千瓦 | region | 630000 | clause_subject",
                // clause topics (ClauseTopics): a clause without a subject continues the topic of the clauses before
                // it; a place or a national word after the predicate is an object, not the topic
                "去年，我国向世界呈现了一届精彩的杭州亚运会，并带动2亿人参与健身。| 杭州=330100 | 2亿人 | national | null | national_marker",
                "上海举办进博会，江苏也推出展区，吸引采购商3万家。| 上海=310000,江苏=320000 | 3万家 | none | null | none",
                "中国援助物资今天运抵成都，1200吨药品将分发给灾民。| 成都=510100 | 1200吨 | national | null | national_marker",
                "福建省政府举办全国海洋经济博览会，以3000多件展品呈现发展成就。| 福建=350000 | 3000多件 | region | 350000 | sentence",
                "湖南长沙的岳麓区启动改造工程，让周边45个小区用上新管网。| 湖南=430000,长沙=430100,岳麓区=430104 | 45个 | region | 430104 | sentence",
                "广东梅州至福建龙岩铁路的控制性工程已经完工，隧道全长1.2万米。| 广东=440000,梅州=441400,福建=350000,龙岩=350800 | 1.2万米 | none | null | several_regions",
                "全国百项重点工程之一——湖北省汉江治理工程开工建设，总投资42亿元。| 湖北省=420000 | 42亿元 | region | 420000 | sentence",
                "由国家体育总局主办的龙舟邀请赛在广西南宁举行，共有36支队伍参赛。| 广西=450000,南宁=450100 | 36支 | region | 450100 | sentence",
                // a list of places (with a part of one) or counted places (三地, 等地) is several regions,
                // whatever place a later locative names
                "今天，辽宁、吉林东部、黑龙江等地出现了8到10摄氏度降温。| 辽宁=210000,吉林=220000,黑龙江=230000 | 8到10摄氏度 | none | null | several_regions",
                "川渝两地在成都联合发布了36项标准。| 川=510000,渝=500000,成都=510100 | 36项 | none | null | several_regions",
                "预计山西北部、河北西部、内蒙古中部等地气温下降6℃。| 山西=140000,河北=130000,内蒙古=150000 | 6℃ | none | null | several_regions",
                // a clause that opens with a locative is where the topic acts, not a new topic; an event's place is
                // the event's topic
                "水利部等三部门今天在甘肃张掖、宁夏中卫两地启动治沙行动，首批栽种苗木300万株。| 甘肃=620000,张掖=620700,宁夏=640000,中卫=640500 | 300万株 | national | null | national_marker",
                "中国国际茶叶博览会今天在浙江杭州开幕，吸引了1500家企业参展。| 浙江=330000,杭州=330100 | 1500家 | region | 330100 | sentence",
                // a place right after the number and its unit describes what is counted
                "当天共有420名四川籍运动员报名参赛。| 四川=510000 | 420名 | region | 510000 | clause_subject",
                "江西各地今年新建农田120万亩。| 江西=360000 | 120万亩 | region | 360000 | clause_subject",
                // a combination written as one word (川藏 = 四川 + 西藏) stands for all its members
                "这次活动是第二次川藏科考的一部分，共有120多名队员参加。| +川藏=510000,+川藏=540000 | 120多名 | none | null | several_regions",
                // a story whose every place is one province or its parts (at least two mentions) is about that place
                "太原南站迎来客流高峰，太原铁路部门加开列车。旅客有序进站。工作人员彻夜忙碌。夜间开始检修。从站台的尽头开始，1300多套灯要逐一检查。| *太原=140100,*太原=140100 | 1300多套 | region | 140100 | story",
                "太原南站迎来客流高峰，北京铁路部门加开列车。旅客有序进站。工作人员彻夜忙碌。夜间开始检修。从站台的尽头开始，1300多套灯要逐一检查。| *太原=140100,*北京=110000 | 1300多套 | none | null | none",
                "太原南站迎来客流高峰。旅客有序进站。工作人员彻夜忙碌。夜间开始检修。从站台的尽头开始，1300多套灯要逐一检查。| *太原=140100 | 1300多套 | none | null | none",
                "太原南站迎来客流高峰，太原铁路部门加开列车。全国铁路客流创新高。工作人员彻夜忙碌。夜间开始检修。今天共发送旅客1300多万人次。| *太原=140100,*太原=140100 | 1300多万人次 | none | null | none",
                "太原南站迎来客流高峰，太原铁路部门加开列车。我国客流创新高。工作人员彻夜忙碌。夜间开始检修。从站台的尽头开始，1300多套灯要逐一检查。| *太原=140100,*太原=140100 | 1300多套 | none | null | none",
                // the previous sentence of the paragraph (not reliable), down to the city written after its province
                "重庆市经济运行稳中向好。全年完成投资1000亿元。| 重庆市=500000 | 1000亿元 | region | 500000 | context",
                "在湖南株洲，春节假期游人如织。景区每天接待游客超过2万人次。| 湖南=430000,株洲=430200 | 2万人次 | region | 430200 | context",
                "在湖南株洲，工厂加紧生产。今年将有5万台设备投入湖南的春耕生产。| 湖南=430000,株洲=430200,湖南=430000 | 5万台 | region | 430000 | context",
                // eighth round: several places taken as one. A route to an end the gazetteer may not know is about
                // both ends; 至今/至少 are no route; a route inside the province named first stays the province's
                "在兰州开往敦煌的旅游列车上，600多名旅客欣赏沿途风光。| 兰州=620100 | 600多名 | none | null | several_regions",
                "贵阳开往凯里的城际列车全程180公里。| 贵阳=520100 | 180公里 | none | null | several_regions",
                "银川—天津港海铁联运班列今年已开行120列。| 银川=640100 | 120列 | none | null | several_regions",
                "成都往返拉萨的航班每天增加到30班。| 成都=510100 | 30班 | none | null | several_regions",
                // …but a route abroad is its Chinese city's link to the world
                "郑州至中亚地区的货运航班达到每周12班。| 郑州=410100 | 12班 | region | 410100 | clause_subject",
                "昆明开往万象的国际旅客列车每天开行2列。| 昆明=530100 | 2列 | region | 530100 | clause_subject",
                "广东至少新增高新技术企业3000家。| 广东=440000 | 3000家 | region | 440000 | clause_subject",
                "在厦门，至今已建成口袋公园200多个。| 厦门=350200 | 200多个 | region | 350200 | sentence",
                "甘肃兰州至敦煌铁路全长1000多公里。| 甘肃=620000,兰州=620100 | 1000多公里 | region | 620000 | clause_subject",
                // a combination written as one word as the clause's own subject stands for all its members
                "京沪高铁今年加开夜间列车40对。| +京沪=110000,+京沪=310000 | 40对 | none | null | several_regions",
                "川渝今年共建产业园区24个。| +川渝=510000,+川渝=500000 | 24个 | none | null | several_regions",
                "上海虹桥站开通京沪高铁快速进站口6个。| *上海=310000,+京沪=110000,+京沪=310000 | 6个 | region | 310000 | clause_subject",
                // items of a 、 list that start with places of different provinces are several places
                "其中，成都宽窄巷子、重庆解放碑商圈、武汉江汉路等街区假期客流均超过50万人次。| 成都=510100,重庆=500000,武汉=420100 | 50万人次 | none | null | several_regions",
                "其中，成都宽窄巷子、锦里古街等街区假期客流均超过50万人次。| 成都=510100 | 50万人次 | region | 510100 | clause_subject",
                "其中，成都宽窄巷子、绵阳科技城等街区假期客流均超过50万人次。| 成都=510100,绵阳=510700 | 50万人次 | region | 510700 | clause_subject",
                // a broad area (华南, 江南, 黄淮) listed with a place makes the place one item of several
                "江南、华南到广西的大部地区最高气温升至25℃以上。| 广西=450000 | 25℃以上 | none | null | several_regions",
                "华北、黄淮及山东等地今年小麦单产提高5%。| 山东=370000 | 5% | none | null | several_regions",
                "广西南部今天最高气温达到32℃。| 广西=450000 | 32℃ | region | 450000 | clause_subject",
                // a temperature over several places of one province is several readings, not the province's
                "浙江杭州、湖州等地今天最低气温降到零下3℃。| 浙江=330000,杭州=330100,湖州=330500 | 零下3℃ | none | null | several_regions",
                "浙江杭州、湖州等8个城市入选示范名单。| 浙江=330000,杭州=330100,湖州=330500 | 8个 | region | 330000 | clause_subject",
                // an organisation introduced by 在 at the start of a clause is where it happens
                "在四川省南充市高坪区第一中学，500多名学生参加了植树活动。| *四川省=510000,*南充市=511300,*高坪区=511303 | 500多名 | region | 511303 | sentence",
                "在湖北大学附属医院急诊科，春节期间30多名医护人员坚守岗位。| *湖北=420000 | 30多名 | region | 420000 | sentence",
                "四川大学附属医院今年接诊患者300万人次。| *四川=510000 | 300万人次 | none | null | none",
                "据在京的湖北大学校友会统计，共有会员3000名。| *湖北=420000 | 3000名 | none | null | none",
                // a rank (世界第四大港) is not the figure's scope; 来自全国各地 is where people come from
                "浙江宁波港，世界第三大港，每天进出船舶200多条。| 浙江=330000,宁波=330200 | 200多条 | region | 330200 | sentence",
                "在海南陵水，来自全国各地的3000多名专家开展育种实验。| 海南=460000,陵水=469028 | 3000多名 | region | 469028 | sentence",
                "全国各地的3000多名专家来到海南开展育种实验。| 海南=460000 | 3000多名 | national | null | national_marker",
                "在海南陵水，我国第三批18名航天员完成训练。| 海南=460000,陵水=469028 | 18名 | national | null | national_marker",
                "我国算力规模居全球第二，年增长率近30%。| null | 30% | national | null | national_marker",
                "美国第三家资产超过1000亿美元的银行关闭。| null | 1000亿美元 | foreign | null | foreign_marker",
                "在广西南宁，来自中国和东盟国家的200余位媒体人士参会。| 广西=450000,南宁=450100 | 200余位 | national | null | national_marker",
                // ninth round (portal pages): 其中 + a place is the part a figure is about
                "湖北、安徽、河南等地有中到大雨，其中，河南南部局地有大雨（30～45毫米）。| 湖北=420000,安徽=340000,河南=410000,河南=410000 | 30～45毫米 | region | 410000 | clause_subject",
                "其中广东、江苏分别新增企业5万家和4万家。| 广东=440000,江苏=320000 | 4万家 | region | 320000 | fenbie_list",
                // 产自 + a place: where a share of some output is made (a place before the number keeps the figure)
                "全球40%的光伏组件产自江苏。| 江苏=320000 | 40% | region | 320000 | clause_subject",
                "江苏市场上30%的蔬菜产自山东。| 江苏=320000,山东=370000 | 30% | region | 320000 | clause_subject",
                "全球40%的光伏组件销往欧洲。| null | 40% | foreign | null | foreign_marker",
                // 距离 + a place: a distance between places is no place's figure (a length in the place stays)
                "这座水库距离武汉约60公里。| 武汉=420100 | 60公里 | none | null | none",
                "这座水库离武汉约60公里。| 武汉=420100 | 60公里 | none | null | none",
                "武汉今年新建城市道路60公里。| 武汉=420100 | 60公里 | region | 420100 | clause_subject",
                // a marker inside a time clause (…后，) does not displace the place named before it
                "一项对佛山300家企业的调查显示，美国提高关税后，出口订单下降的企业占41%。| 佛山=440600 | 41% | region | 440600 | sentence",
                "美国提高关税后，出口订单下降的企业占41%。| null | 41% | foreign | null | foreign_marker",
                "我国加入世贸组织后，进出口总额增长了8倍。| null | 8倍 | national | null | national_marker",
                // 中国 written before a Chinese place qualifies the place; a weather station forecasts its own place
                "一位日本学者在中国成都调研后发现，当地茶馆60%的顾客是老人。| 成都=510100 | 60% | region | 510100 | sentence",
                "一位日本学者在中国调研后发现，当地茶馆60%的顾客是老人。| null | 60% | national | null | national_marker",
                "中国香港特区救援队59名队员抵达北京。| *香港=810000,北京=110000 | 59名 | national | null | national_marker",
                "成都市气象台发布预报，明天最高气温32℃。| *成都市=510100 | 32℃ | region | 510100 | sentence",
                // places listed with a part word after each (内蒙古东北部、黑龙江西北部) are a list
                "预计内蒙古东北部、黑龙江西北部等地有中雪，局地大雪（5～8毫米）。| 内蒙古=150000,黑龙江=230000 | 5～8毫米 | none | null | several_regions",
                "预计内蒙古东北部有中雪，局地大雪（5～8毫米）。| 内蒙古=150000 | 5～8毫米 | region | 150000 | sentence",
                // a place set aside by 除了…之外 is no subject; the place where the people gather is
                "除了北京之外，当晚近50名出境游客在广州白云国际机场集合。| 北京=110000,广州=440100 | 50名 | region | 440100 | clause_subject",
                "除上海外，浙江新增企业2万家。| 上海=310000,浙江=330000 | 2万家 | region | 330000 | clause_subject",
                // a route's end is no subject: routes between provinces are several regions
                "铁路部门增开北京南至沈阳北、上海虹桥至西安北等方向高铁102列。| 北京=110000,沈阳=210100,上海=310000,西安=610100 | 102列 | none | null | several_regions",
                "四川成都至宜宾高铁开行动车30对。| 四川=510000,成都=510100,宜宾=511500 | 30对 | region | 510000 | clause_subject",
                // a ranking is no foreign marker
                "贵州拥有桥梁3万多座，世界前100座高桥有近一半在贵州，高速公路里程超过8300公里。| 贵州=520000,贵州=520000 | 8300公里 | region | 520000 | sentence",
                // a pair named with its place again is no enclosing region outside the examples before 等
                "香港回归以来，内地与香港贸易规模增长3.8倍。| 香港=810000,香港=810000 | 3.8倍 | none | null | several_regions",
                // the subject named again in the examples before 等: the examples are its own
                "接下来，辽宁将聚焦12个优势产业集群，以航空动力产业基地、辽宁北斗产业园等15项重大工程为抓手。| 辽宁=210000,辽宁=210000 | 15项 | region | 210000 | clause_subject",
                // where the thing counted is finished, in a later clause with no subject of its own
                "重量近4000吨的浮式风电平台，元旦期间在青岛完成总装。| 青岛=370200 | 4000吨 | region | 370200 | sentence",
                // a warship named after a place carries the country's people, not the place's
                "18时许，海军长沙舰载着第一批次的500人离港。| 长沙=430100 | 500人 | national | null | national_marker",
                "长沙舰载着500人离港。| 长沙=430100 | 500人 | none | null | none",
                // a place's delegates to the national congress are the place's
                "会议选举产生了福建省第十四届全国人民代表大会代表60名。| 福建=350000 | 60名 | region | 350000 | clause_subject",
                // the country's people counted right after the number, after a place's own people
                "体现了8500多万江苏儿女的拥戴，凝聚着14亿多全国各族人民的信心。| 江苏=320000 | 14亿多 | national | null | national_marker",
                "体现了8500多万江苏儿女的拥戴，凝聚着14亿多全国各族人民的信心。| 江苏=320000 | 8500多万 | region | 320000 | clause_subject",
                // an agent closed by 的 (中国农科院选育的…) is no topic: where the chain then happens is the figure's place
                "近日，中国农科院选育的小麦新品种，在河南周口经现场测产，亩产达800公斤。| 河南=410000,周口=411600 | 800公斤 | region | 411600 | sentence",
                "近日，中国农科院选育的小麦新品种通过审定，亩产达800公斤。| null | 800公斤 | national | null | national_marker",
                // a national word right after a place inside a park's name; the park introduced by 在 places the figure
                "在四川崇州国家现代农业产业园，20台播种机同时作业。| *四川=510000,*崇州=510184 | 20台 | region | 510184 | sentence",
                // world-class is no foreign scope; national-level platforms are no countries
                "浙江聚焦建设世界一流大学，形成战略课题13个。| 浙江=330000 | 13个 | region | 330000 | sentence",
                "云南白药集团建成7个国家级科研平台，拥有发明专利111项。| *云南=530000 | 111项 | none | null | none",
                // a place inside a slogan is no subject
                "大会以“汇聚侨力量，圆梦大湾区”为主题，约700名海外侨胞参会。| 大湾区=CL-GBA | 700名 | none | null | none",
                // a line through several provinces, named after the number
                "线路全长1901公里，途经西藏、四川、重庆、湖北4省份。| 西藏=540000,四川=510000,重庆=500000,湖北=420000 | 1901公里 | none | null | several_regions",
                // a count of provinces is the country's, also when the sentence before named several of them
                "近日，湖南、山东、江西等地陆续执行国家集采的新价格。目前，已有25个省份的患者用上降价产品。| 湖南=430000,山东=370000,江西=360000 | 25个 | national | null | national_marker",
                // …but not a foreign country's provinces, where the country is not in view
                "地震发生后，受影响的10个省份大批建筑损毁。| null | 10个 | none | null | none",
                "自然资源部发布，去年新增造林面积较大的7个省份均超过100万亩。| null | 7个 | national | null | national_marker",
                // a line between two places of one province, named after the number
                "全长90公里的运河北起湖南长沙，南至株洲入江。| 湖南=430000,长沙=430100,株洲=430200 | 90公里 | region | 430000 | sentence",
                // a national-level designation's name is no marker: the region of the story's earlier sentence stays
                "今年，山东将持续培育十强产业。推动数字经济赋能增效，高水平建设国家工业互联网示范区，力争核心产业增加值占比超过9%。| 山东=370000 | 9% | region | 370000 | context",
                // a chained topic that is a combination of two provinces is several regions'
                "川渝电力联网工程启动新一轮送电，单日送电规模首次突破200万千瓦。| +川渝=510000,+川渝=500000 | 200万千瓦 | none | null | several_regions",
                // the place the counted travellers arrive at, written after the number
                "根据特区政府发布的数据，假期期间有约80万人次入境澳门。| 澳门=820000 | 80万人次 | region | 820000 | clause_subject",
                // a cross-border line's route is its Chinese city's
                "首条跨境电商货运专线“郑州—布达佩斯”开通以来，累计运送货物500吨。| 郑州=410100 | 500吨 | region | 410100 | sentence",
                // a corridor's name is no subject: the province the train serves is
                "西部陆海新通道班列从广西钦州港发出，运送货物9000吨。| 西部=MR-W,广西=450000,钦州=450700 | 9000吨 | region | 450700 | sentence"
            })
    void decidesScopeAndLink(String text, String regions, String surface, String scope, String code, String link) {
        List<RegionMention> rs = Mentions.written(text, regions);
        List<MetricMention> ms = new MetricExtractor().extract(text, Sentences.split(text), rs, PUBLISHED);
        MetricMention m = ms.stream()
                .filter(x -> x.surface().equals(surface))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + surface + " in " + ms));
        assertThat(m.scope().code()).as("scope of %s", m).isEqualTo(scope);
        assertThat(m.regionCode()).as("region of %s", m).isEqualTo(code);
        assertThat(m.regionLink().code()).as("link of %s", m).isEqualTo(link);
        if (code != null) {
            assertThat(m.regionName()).isNotNull();
        }
        assertThat(m.scope() == Scope.NATIONAL && m.regionCode() != null).isFalse();
    }
}
