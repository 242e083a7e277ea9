package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven cases for the pure rules under the cleaner: dates, pinyin, widths, titles, bylines, chrome. */
class CleaningRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2022-03-11 07:55:17来源:经济参考报随着我国        | 2022-03-10T23:55:17Z",
                "时间:2020-03-29                                  | 2020-03-28T16:00:00Z",
                "2022年03月07日 09:48:19 来源:科技部               | 2022-03-07T01:48:19Z",
                "2022年3月7日                                      | 2022-03-06T16:00:00Z",
                "Mon, 29 Nov 2021 13:05:00 GMT                    | 2021-11-29T13:05:00Z",
                "2024-01-12T09:30:00+08:00                        | 2024-01-12T01:30:00Z",
                "2021/11/29 08:00                                 | 2021-11-29T00:00:00Z",
                "2021.11.29                                       | 2021-11-28T16:00:00Z",
                "发布时间：2019-09-05 11:10                        | 2019-09-05T03:10:00Z",
                "1636462800                                       | 2021-11-09T13:00:00Z",
                "1636462800000                                    | 2021-11-09T13:00:00Z",
                "2019年09月23日 下午3:05                           | 2019-09-23T07:05:00Z",
                "29 Nov 2021                                      | 2021-11-28T16:00:00Z",
                "编号2022-13-45，发布于2022-03-01                  | 2022-02-28T16:00:00Z",
                "Tue, 01 Mar 2022 08:00:00 +0800                  | 2022-03-01T00:00:00Z",
                "1888-01-01                                       | ''",
                "第2025号文件                                      | ''",
            })
    void parsesPublicationDatesInChinaTime(String text, String expected) {
        Instant i = Dates.parseInstant(text);
        assertThat(i == null ? "" : i.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://www.example.cn/2012/07/06/c_123.htm          | 2012-07-06",
                "https://news.example.cn/202203/07/t_88.html         | 2022-03-07",
                "https://www.example-zj.cn/szjj/2024-01/25/a_4.html  | 2024-01-25",
                "http://www.gov.example.cn/xxgk/t20220307_123.html   | 2022-03-07",
                "https://news.example-wz.cn/sz/2024/0112/su.html     | 2024-01-12",
                "https://www.example.cn/a/123456.html                | ''",
                "https://20220307.example.cn/a.html                  | ''",
            })
    void findsDatesInUrlPaths(String url, String date) {
        Instant i = Dates.fromUrl(url);
        assertThat(i == null ? "" : Dates.chinaDate(i).toString()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "川渝聯(lián)手打造科創(chuàng)中心                 | 川渝聯手打造科創中心",
                "成渝地區(qū)雙城經濟圈                          | 成渝地區雙城經濟圈",
                "印發《方案》(以下簡稱《方案》)                 | 印發《方案》(以下簡稱《方案》)",
                "行动方案(2022-2025年)                        | 行动方案(2022-2025年)",
                "《中国城市科技创新发展报告(2021)》             | 《中国城市科技创新发展报告(2021)》",
                "人工智能(AI)和区块链(blockchain)               | 人工智能(AI)和区块链(blockchain)",
                "產業（yè）基礎                                 | 產業基礎",
                "發(fā)展規劃(2023-2035年)(以下簡稱《規劃》)    | 發展規劃(2023-2035年)(以下簡稱《規劃》)",
                "讀音標注 (lián) 前有空格                        | 讀音標注 (lián) 前有空格",
                "綠(lǜ)色發展                                  | 綠色發展",
            })
    void removesInlinePinyinButKeepsRealParentheses(String in, String out) {
        assertThat(TextRepair.removePinyin(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "到２０２５年                  | 到2025年",
                "ＧＤＰ增长５．２％            | GDP增长5.2%",
                "他说：“好（真的）。”，。       | 他说：“好（真的）。”，。",
                "第１季度Ａ股上涨               | 第1季度A股上涨",
                "全文　完                      | 全文 完",
            })
    void normalisesFullWidthDigitsAndLettersOnly(String in, String out) {
        assertThat(TextRepair.normalizeWidth(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "长三角合力构建科技创新共同体_新浪网                  | 长三角合力构建科技创新共同体",
                "川渝联手打造科创中心-中国报道网                      | 川渝联手打造科创中心",
                "法国全国大罢工再次严重影响交通 - 新华网               | 法国全国大罢工再次严重影响交通",
                "柳叶刀：味觉嗅觉丧失是预测指标｜澎湃新闻             | 柳叶刀：味觉嗅觉丧失是预测指标",
                "最强中国芯本月商用_科技_新浪网                       | 最强中国芯本月商用",
                "多地布局_十四五_区域创新中心建设                     | 多地布局_十四五_区域创新中心建设",
                "行动方案(2022-2025年)发布                           | 行动方案(2022-2025年)发布",
                "新闻动态-                                           | 新闻动态",
                "成渝共建西部科学城 - 区域 - 区域发展网               | 成渝共建西部科学城",
                "合肥综合性国家科学中心建设提速_要闻_合肥晚报          | 合肥综合性国家科学中心建设提速",
                "雄安新区_十四五_建设规划发布                         | 雄安新区_十四五_建设规划发布",
            })
    void trimsSiteSuffixesFromTitles(String in, String out) {
        assertThat(Titles.clean(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "时间:2023-06-17 02:27:18来源:中安在线、中安新闻客户端作者: 周晓岚 中安在线 | 中安在线 | 周晓岚 | ''",
                "2022-03-11 07:55:17来源:经济参考报随着我国步入创新型国家行列         | 经济参考报 | ''   | ''",
                "来源:中国产业经济信息网   时间:2020-03-29                          | 中国产业经济信息网 | '' | ''",
                "2022年03月07日 09:48:19 来源:科技部 作者:吴吴吴 点击量:4409          | 科技部 | 吴吴吴 | ''",
                "转自：重庆日报                                                    | 重庆日报 | '' | ''",
                "来源：新华社 记者：张三                                            | 新华社 | 张三 | ''",
                "稿源：澎湃新闻丨编辑：李四                                       | 澎湃新闻 | '' | 李四",
                "文章来源：长江日报  发布时间：2023-05-12                          | 长江日报 | '' | ''",
                "资金来源于财政拨款和社会资本                                        | ''   | ''   | ''",
                "记者从科技部获悉，方案日前正式落地                                  | ''   | ''   | ''",
            })
    void readsSourceAuthorAndEditorFromBylines(String line, String source, String author, String editor) {
        Bylines.Byline b = Bylines.parse(line);
        assertThat(b.source() == null ? "" : b.source()).isEqualTo(source);
        assertThat(b.author() == null ? "" : b.author()).isEqualTo(author);
        assertThat(b.editor() == null ? "" : b.editor()).isEqualTo(editor);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "本文地址:http://www.example.cn/show-1.html        | chrome",
                "版权所有:中国产业经济信息网京ICP备00000000号-2     | chrome",
                "京公网安备11010502000000                          | chrome",
                "【版权及免责声明】凡本网所属版权作品，转载时须获得授权 | chrome",
                "本文由合作方发布,不代表本站立场                   | chrome",
                "责任编辑：王五                                    | chrome",
                "分享到：                                          | chrome",
                "化工仪器网首页>资讯中心>政策法规>正文              | breadcrumb",
                "当前位置：首页 > 政务公开 > 部门动态               | breadcrumb",
                "延伸阅读                                          | tail",
                "相关阅读 Related Reading                          | tail",
                "标签：科技 创新                                    | tail",
                "热点新闻                                          | tail",
                "- 11.德阳科贸职业学院中职部软件技术专业专业介绍     | list",
                "• 今日热搜:去年出口二手车达33.8万辆               | list",
                "2017-03-22                                        | date",
                "扫描下方二维码解锁更多技能                          | chrome",
                "关注                                              | chrome",
                "（点击看清晰大图）                                  | chrome",
                "图集                                              | chrome",
                "声明：本报力求信息真实准确，不构成实质性投资建议      | chrome",
                "延伸 · 推荐                                        | tail",
                "此前报道：港媒曝当事人出狱前首次受访                 | tail",
                "相关阅读：拉萨市出台新能源汽车补贴政策 单车最高补贴2万元｜湖南长沙：一季度外贸进出口总值达597亿元 | tail",
                "推荐阅读:贵州31家企业获科技创新券支持 首批发放创新券597万元 涉及大数据大扶贫大生态等领域 | tail",
                "三是共同推进科技成果转化和产业化。开展改革试点。     | text",
                "1.坚持创新驱动，加快建设科技强省。                  | text",
            })
    void classifiesSiteChromeLines(String line, String kind) {
        String got = Boilerplate.isChrome(line)
                ? "chrome"
                : Boilerplate.isBreadcrumb(line)
                        ? "breadcrumb"
                        : Boilerplate.isTailHeading(line)
                                ? "tail"
                                : Boilerplate.isListItem(line)
                                        ? "list"
                                        : Boilerplate.isDateOnly(line) ? "date" : "text";
        assertThat(got).isEqualTo(kind);
    }
}
