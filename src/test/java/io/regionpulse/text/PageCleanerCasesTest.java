package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.nlp.HanlpScriptConverter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pages through the cleaner: fragments in the styles of portals, government sites, text
 * dumps, markdown exports and JSON feeds, in both scripts and in GBK, Big5 and UTF-8 bytes. All
 * text is written for these tests.
 */
class PageCleanerCasesTest {
    private static final ScriptConverter HANLP = new HanlpScriptConverter();
    private static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), HANLP);
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    static final String P1 = "今年以来，合肥市新能源汽车产业保持较快增长，整车产量同比增长百分之四十以上，带动上下游配套企业集聚发展。";
    static final String P2 = "市发展改革委负责人表示，下一步将围绕电池、电机、电控等关键环节补链强链，推动产业集群向高端迈进。";
    static final String T1 = "深中通道通車以來，粵港澳大灣區東西兩岸聯繫更加緊密，深圳與中山之間的車程縮短至三十分鐘左右。";
    static final String T2 = "中山市去年新簽約來自深圳的產業項目八十六個，兩地產業協作進一步深化，區域發展動能持續增強。";

    /** Expected outcome of one page; null fields are not checked. */
    record Expect(
            String title,
            String date,
            String dateSource,
            String source,
            String author,
            String script,
            List<String> flags,
            List<String> contains,
            List<String> absent,
            String reject) {}

    static Expect ok(
            String title,
            String date,
            String dateSource,
            String source,
            String script,
            List<String> contains,
            List<String> absent) {
        return new Expect(title, date, dateSource, source, null, script, List.of(), contains, absent, null);
    }

    static Arguments page(
            String name, String format, byte[] raw, String charset, String url, Instant fetched, Expect e) {
        return Arguments.of(name, new PageInput("p", "test://" + name, 0, url, format, charset, raw, fetched), e);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> pages() {
        String portal = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>合肥新能源汽车产量快速增长_新浪财经_新浪网</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T10:20:00+08:00\"></head><body>"
                + "<div class=\"top-nav\"><a href=\"/\">首页</a><a href=\"/c\">财经</a><a href=\"/t\">科技</a></div>"
                + "<div class=\"main-content\"><h1 class=\"main-title\">合肥新能源汽车产量快速增长</h1>"
                + "<div class=\"date-source\"><span>2024年03月05日 10:20</span> <a>安徽日报</a></div>"
                + "<div class=\"article\" id=\"artibody\"><p>" + P1 + "</p><p>" + P2 + "</p><p>（记者 王小明）</p></div>"
                + "<div class=\"related\"><h3>相关新闻</h3><ul><li><a href=\"/1\">拉萨旅游收入创新高</a></li><li><a href=\"/2\">哈尔滨冰雪季开幕</a></li>"
                + "<li><a href=\"/3\">柳州螺蛳粉产值突破600亿元</a></li></ul></div></div>"
                + "<div class=\"footer\">新浪公司 版权所有 Copyright © 1996-2024 SINA Corporation 京ICP证000007</div></body></html>";
        String gov =
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>市发展改革委召开新能源汽车产业推进会</title></head><body>"
                        + "<div class=\"crumb\">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>"
                        + "<table><tr><td class=\"title\">市发展改革委召开新能源汽车产业推进会</td></tr>"
                        + "<tr><td>发布时间：2023-05-12  来源：市发展改革委  浏览次数：1024</td></tr>"
                        + "<tr><td class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p></td></tr></table>"
                        + "<div>【打印本页】【关闭窗口】</div><div>主办单位：合肥市人民政府办公室 皖ICP备00000000号 皖公网安备 34010000000000号</div></body></html>";
        String dump = "合肥新能源汽车产业链加速成型\n 当前位置：首页 > 财经\n2024-03-05 10:20:00来源:安徽日报" + P1 + "  " + P2 + "\n"
                + "文章标题:合肥新能源汽车产业链加速成型\n本文地址:http://www.example.cn/show-1.html\n推荐文档\n- 11.哈尔滨冰雪大世界开园时间\n"
                + "- 12.拉萨布达拉宫门票预约攻略\n- 13.柳州螺蛳粉产业园招商597万元\n";
        String tradHtml = "<html><head><meta charset=\"big5\"><title>深中通道通車 灣區車程縮短-中國報道網</title></head><body>"
                + "<div class=\"nav\"><a>首頁</a> <a>灣區</a> <a>交通</a></div><h1>深中通道通車 灣區車程縮短</h1>"
                + "<div class=\"info\">來源：南方日報 時間：2024-02-19</div>"
                + "<div class=\"content\"><p>" + T1 + "</p><p>" + T2
                + "</p></div><div class=\"copyright\">版權所有 中國報道網</div></body></html>";
        String tradPinyinTxt = "川渝聯(lián)手共建科創(chuàng)走廊\n\n來源:西部財經報   時間:2020-03-29\n\n"
                + "  成渝地區(qū)雙城經濟圈建設提速，重慶與四川兩地科技部門聯(lián)合發布協同創(chuàng)新行動方案(2022-2025年)"
                + "(以下簡稱《方案》)。\n\n  《方案》提出，到2025年共建成渝科創(chuàng)走廊，推動兩地實驗室開放共享。\n\n"
                + "延伸閱讀\n  • 拉薩科技進步貢獻率達到50%\n  • 貴州31家企業獲科技創新券597萬元\n"
                + "版權所有:中國產業經濟信息網京ICP備11041399號-2京公網安備11010502035964\n";
        String gbkTxt = "武汉都市圈协同发展提速\n2023年06月17日 10:20  来源：长江日报  作者：李华\n"
                + "武汉都市圈九城联合发布协同发展行动方案，提出共建光谷科技创新走廊，推动产业链上下游协作。\n"
                + "方案明确，到2025年，都市圈内城际铁路实现半小时通达，创新要素加快流动。\n标签：\n生活指南\n"
                + "  · 今日热搜：海南琼中美如仙境\n  · 信阳罗山举行招才引智签约仪式\n";
        String md = "---\ntitle: '青岛海洋经济总产值突破五千亿元_海洋经济_海洋财经周刊'\nauthor: 海洋财经周刊\ncategories:\n - 经济\n - 海洋财经周刊\n"
                + "date: 2024-03-01 09:00:00\n---\n\n"
                + "# 青岛海洋经济总产值突破五千亿元\n\n青岛市海洋发展局发布数据，去年全市海洋生产总值达到五千余亿元，同比增长百分之八。\n\n"
                + "**重点产业**\n\n海洋装备、海洋生物医药等新兴产业加快发展，[原文链接](http://www.example.cn/a.html)。\n";
        String jsonHtml = "{\"url\":\"https://www.example-zj.cn/szjj/a_4.html\",\"title\":\"杭州数字经济核心产业增加值增长\","
                + "\"pubtime\":1706148300,\"source\":\"钱塘数字周刊\",\"html\":\"<div class=\\\"article\\\"><p>" + P1
                + "</p><p>" + P2
                + "</p></div>\"}";
        String jsonUrlDate = "{\"url\":\"https://news.example-wz.cn/sz/2024/0112/su.html\",\"title\":\"苏州工业总产值再创新高\","
                + "\"content\":\"" + P1 + "\\n\\n" + P2 + "\"}";
        String noDate = "合肥新能源汽车产业链加速成型\n\n" + P1 + "\n\n" + P2 + "\n";
        String english =
                "<html><head><title>Hefei EV output</title></head><body><p>Hefei's new-energy vehicle output rose by more than forty "
                        + "percent this year, local officials said on Tuesday, as battery makers expanded capacity.</p><p>Officials plan to "
                        + "strengthen the supply chain for batteries, motors and controllers.</p></body></html>";
        String chromeOnly = "<html><head><title>首页</title></head><body><div class=\"nav\"><a>首页</a><a>新闻</a></div>"
                + "<div>版权所有 示例网 京ICP备00000000号</div></body></html>";
        String attr = "长三角科技创新共同体建设提速\n时间:2023-06-17 02:27:18来源:中安在线作者: 周晓岚 中安在线讯 长三角是全国创新能力最强的区域之一。"
                + "近五年来,创新的\" /> 中国报道网-中国报道杂志社唯一官方网站\n\n长三角是全国创新能力最强的区域之一。近五年来,创新的因子在长三角自由流动。\n\n"
                + "2022年三省一市相互间技术合同输出25273项,技术交易金额1863.45亿元。\n";
        String jsonLd = "<html><head><meta charset=\"utf-8\"><title>西安关中平原城市群建设 - 秦川新闻</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"西安关中平原城市群建设提速\","
                + "\"datePublished\":\"2024-04-02T08:30:00+08:00\",\"author\":{\"@type\":\"Person\",\"name\":\"赵敏\"}}</script></head><body>"
                + "<article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        String rfcTxt = "长沙工程机械产业集群提质升级\nMon, 29 Nov 2021 13:05:00 GMT\n\n" + P1 + "\n\n" + P2 + "\n";
        String mixed = "湾区交通一体化加快推进\n来源：南方财经\n\n" + P1 + "\n\n" + P2 + "\n\n" + T1 + "\n";
        String relatedParas =
                "<html><head><meta charset=\"utf-8\"><title>合肥新能源汽车产量增长</title></head><body><div class=\"content\">"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>相关阅读：</p><p>拉萨旅游收入创新高，全年接待游客超过五千万人次，同比增长百分之二十。</p>"
                        + "<p>哈尔滨冰雪季开幕，预计接待游客一千万人次，冰雪经济持续升温。</p></div></body></html>";
        String numberedList = "重庆推进西部科学城建设\n来源：重庆日报\n\n" + P1 + "\n\n" + P2 + "\n\n1.沈阳所有的本科专科大学名单\n2.杭州招生网最新消息\n"
                + "3.柳州第二职业技术学校怎么样\n4.太原六十三中录取分数线\n";
        String timeLabel = "<html><head><meta charset=\"utf-8\"><title>鄂湘赣三省签署协同创新协议-长江网</title></head><body>"
                + "<div class=\"crumbs\"><a>首页</a> &gt; <a>要闻</a></div><div class=\"title\"><h2>鄂湘赣三省签署协同创新协议</h2>"
                + "<p class=\"info\">时间：2021-06-18 09:30 来源：湖北日报 编辑：周洁</p></div>"
                + "<div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p></div><div class=\"share\">分享到：<a>微博</a><a>微信</a></div></body></html>";
        String timeSpan =
                "<html><head><meta charset=\"utf-8\"><title>蒙古国旅游业观察</title></head><body><div class=\"article-content\">"
                        + "<h1>蒙古国旅游业观察</h1><div class=\"article\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                        + "<div class=\"action\"><span class=\"time\">2019-09-08 11:42:03</span></div></div></body></html>";
        String apubMeta =
                "<html><head><meta charset=\"utf-8\"><title>儿歌改编引发讨论</title><meta name=\"apub:time\" content=\"2019-9-7 21:30:50\">"
                        + "</head><body><div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
        String utf8AsGbk = "上海市的经济\n来源：东方财经\n\n" + "涓婃捣甯傜殑缁忔祹鍦板尯缁忔祹鍙戝睍" + "\n\n" + P1 + "\n\n" + P2 + "\n";

        return Stream.of(
                page(
                        "portal html (sina style)",
                        "html",
                        utf8(portal),
                        "UTF-8",
                        "https://finance.example.cn/2024-03-05/doc-1.shtml",
                        null,
                        new Expect(
                                "合肥新能源汽车产量快速增长",
                                "2024-03-05",
                                "metadata",
                                null,
                                "王小明",
                                "simplified",
                                List.of(),
                                List.of("合肥市新能源汽车", "补链强链"),
                                List.of("拉萨", "哈尔滨", "柳州", "ICP", "Copyright"),
                                null)),
                page(
                        "government site in GBK with gb2312 meta",
                        "html",
                        gov.getBytes(GBK),
                        "GB18030",
                        null,
                        null,
                        new Expect(
                                "市发展改革委召开新能源汽车产业推进会",
                                "2023-05-12",
                                "header",
                                "市发展改革委",
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1.substring(0, 20)),
                                List.of("当前位置", "打印本页", "ICP", "浏览次数", "1024"),
                                null)),
                page(
                        "text dump with numbered recommendation list",
                        "txt",
                        utf8(dump),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "合肥新能源汽车产业链加速成型",
                                "2024-03-05",
                                "header",
                                "安徽日报",
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1, P2),
                                List.of("哈尔滨", "拉萨", "597万", "本文地址", "当前位置", "文章标题"),
                                null)),
                page(
                        "traditional html in Big5 bytes",
                        "html",
                        tradHtml.getBytes(BIG5),
                        "Big5",
                        null,
                        null,
                        new Expect(
                                "深中通道通车 湾区车程缩短",
                                "2024-02-19",
                                "header",
                                "南方日报",
                                null,
                                "traditional",
                                List.of("converted_t2s"),
                                List.of("粤港澳大湾区东西两岸联系更加紧密"),
                                List.of("版权", "首页", "灣", "車"),
                                null)),
                page(
                        "traditional text dump with pinyin next to real parentheses",
                        "txt",
                        utf8(tradPinyinTxt),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "川渝联手共建科创走廊",
                                "2020-03-29",
                                "header",
                                "西部财经报",
                                null,
                                "traditional",
                                List.of("pinyin_removed", "converted_t2s"),
                                List.of("联合发布协同创新行动方案(2022-2025年)(以下简称《方案》)", "共建成渝科创走廊"),
                                List.of("(lián)", "(chuàng)", "拉萨", "贵州", "597万", "ICP", "延伸阅读"),
                                null)),
                page(
                        "GBK text dump without declaration",
                        "txt",
                        gbkTxt.getBytes(GBK),
                        null,
                        null,
                        null,
                        new Expect(
                                "武汉都市圈协同发展提速",
                                "2023-06-17",
                                "header",
                                "长江日报",
                                "李华",
                                "simplified",
                                List.of(),
                                List.of("光谷科技创新走廊", "半小时通达"),
                                List.of("琼中", "信阳", "标签", "生活指南"),
                                null)),
                page(
                        "markdown with front matter (China time, outlet among categories, suffixed title)",
                        "md",
                        utf8(md),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "青岛海洋经济总产值突破五千亿元",
                                "2024-03-01",
                                "metadata",
                                "海洋财经周刊",
                                null,
                                "simplified",
                                List.of(),
                                List.of("海洋生产总值", "海洋装备"),
                                List.of("**", "](", "---", "原文链接(http"),
                                null)),
                page(
                        "json line with html and epoch pubtime",
                        "jsonl",
                        utf8(jsonHtml),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "杭州数字经济核心产业增加值增长",
                                "2024-01-25",
                                "metadata",
                                "钱塘数字周刊",
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1, P2),
                                List.of("<p>", "class="),
                                null)),
                page(
                        "json line dated by its url",
                        "jsonl",
                        utf8(jsonUrlDate),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "苏州工业总产值再创新高",
                                "2024-01-12",
                                "url",
                                null,
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1, P2),
                                List.of(),
                                null)),
                page(
                        "no date anywhere: fetch time",
                        "txt",
                        utf8(noDate),
                        "UTF-8",
                        null,
                        Instant.parse("2024-03-06T17:00:00Z"),
                        new Expect(
                                "合肥新能源汽车产业链加速成型",
                                "2024-03-07",
                                "fetched",
                                null,
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1),
                                List.of(),
                                null)),
                page(
                        "english page",
                        "html",
                        utf8(english),
                        "UTF-8",
                        null,
                        null,
                        new Expect(null, null, null, null, null, null, List.of(), List.of(), List.of(), "not_chinese")),
                page(
                        "navigation and footer only",
                        "html",
                        utf8(chromeOnly),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                "empty_after_cleaning")),
                page(
                        "leftover attribute fragment and fused header",
                        "txt",
                        utf8(attr),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "长三角科技创新共同体建设提速",
                                "2023-06-17",
                                "header",
                                "中安在线",
                                "周晓岚",
                                "simplified",
                                List.of(),
                                List.of("创新的因子在长三角自由流动", "25273项"),
                                List.of("\" />", "中国报道网", "唯一官方网站"),
                                null)),
                page(
                        "json-ld datePublished and headline",
                        "html",
                        utf8(jsonLd),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "西安关中平原城市群建设提速",
                                "2024-04-02",
                                "metadata",
                                null,
                                "赵敏",
                                "simplified",
                                List.of(),
                                List.of(P1),
                                List.of(),
                                null)),
                page(
                        "RFC 1123 date line in a text dump",
                        "txt",
                        utf8(rfcTxt),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "长沙工程机械产业集群提质升级",
                                "2021-11-29",
                                "header",
                                null,
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1),
                                List.of("GMT"),
                                null)),
                page(
                        "mostly simplified with one traditional paragraph",
                        "txt",
                        utf8(mixed),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "湾区交通一体化加快推进",
                                null,
                                null,
                                "南方财经",
                                null,
                                "mixed",
                                List.of("converted_t2s"),
                                List.of("粤港澳大湾区东西两岸联系更加紧密"),
                                List.of("灣"),
                                null)),
                page(
                        "related reading as plain paragraphs after the article",
                        "html",
                        utf8(relatedParas),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "合肥新能源汽车产量增长",
                                null,
                                null,
                                null,
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1, P2),
                                List.of("拉萨", "哈尔滨", "相关阅读"),
                                null)),
                page(
                        "numbered headline list after the article",
                        "txt",
                        utf8(numberedList),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "重庆推进西部科学城建设",
                                null,
                                null,
                                "重庆日报",
                                null,
                                "simplified",
                                List.of(),
                                List.of(P2),
                                List.of("沈阳", "杭州", "柳州", "太原"),
                                null)),
                page(
                        "byline paragraph with time, source and editor under an h2",
                        "html",
                        utf8(timeLabel),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "鄂湘赣三省签署协同创新协议",
                                "2021-06-18",
                                "header",
                                "湖北日报",
                                "周洁",
                                "simplified",
                                List.of(),
                                List.of(P1),
                                List.of("分享到", "微博", "首页"),
                                null)),
                page(
                        "UTF-8 text once read as GBK (recoverable mojibake)",
                        "txt",
                        utf8(utf8AsGbk),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "上海市的经济",
                                null,
                                null,
                                "东方财经",
                                null,
                                "simplified",
                                List.of("mojibake", "mojibake_repaired"),
                                List.of("上海市的经济地区经济发展"),
                                List.of("涓婃捣"),
                                null)),
                page(
                        "date only in an element with class=time",
                        "html",
                        utf8(timeSpan),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "蒙古国旅游业观察",
                                "2019-09-08",
                                "header",
                                null,
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1),
                                List.of(),
                                null)),
                page(
                        "apub:time meta with single-digit month",
                        "html",
                        utf8(apubMeta),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                "儿歌改编引发讨论",
                                "2019-09-07",
                                "metadata",
                                null,
                                null,
                                "simplified",
                                List.of(),
                                List.of(P1),
                                List.of(),
                                null)),
                page(
                        "oversize page",
                        "txt",
                        utf8(P1.repeat(40)),
                        "UTF-8",
                        null,
                        null,
                        new Expect(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                "too_large_small")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void cleansPage(String name, PageInput in, Expect e) {
        PageCleaner cleaner = "too_large_small".equals(e.reject())
                ? new PageCleaner(new CleanerSettings(20, 0.3, 1000), HANLP)
                : CLEANER;
        CleanOutcome o = cleaner.clean(in);
        if (e.reject() != null) {
            assertThat(o.rejectReason()).isEqualTo(e.reject().replace("_small", ""));
            return;
        }
        assertThat(o.isRejected())
                .as("rejected: %s %s", o.rejectReason(), o.rejectDetail())
                .isFalse();
        CleanedPage p = o.page();
        assertThat(p.title()).as("title").isEqualTo(e.title());
        if (e.date() != null) {
            assertThat(String.valueOf(p.publishedDate())).as("published_date").isEqualTo(e.date());
            assertThat(p.dateSource()).as("date_source").isEqualTo(e.dateSource());
        }
        if (e.source() != null) {
            assertThat(p.sourceName()).as("source_name").isEqualTo(e.source());
        }
        if (e.author() != null) {
            assertThat(p.author()).as("author").isEqualTo(e.author());
        }
        assertThat(p.originalScript()).as("original_script").isEqualTo(e.script());
        assertThat(p.flags()).as("flags").containsAll(e.flags());
        assertThat(p.text()).contains(e.contains());
        for (String s : e.absent()) {
            assertThat(p.text()).as("boilerplate").doesNotContain(s);
        }
        assertThat(p.text()).doesNotContain("\n\n").doesNotStartWith(" ");
    }
}
