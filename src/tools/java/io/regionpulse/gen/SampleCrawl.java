package io.regionpulse.gen;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds {@code samples/crawl/regional-crawl-2024.warc.gz}: four HTML responses of our own
 * writing, one of them GBK-encoded with the charset only in the HTTP header (as many Chinese
 * portals still serve it). Run once when the sample pages change:
 * {@code java -cp target/classes:$(cat target/classpath-runtime.txt) io.regionpulse.gen.SampleCrawl samples/crawl/regional-crawl-2024.warc.gz}.
 * The expectations for these pages are in {@code samples/expected.json}.
 */
public final class SampleCrawl {
    private SampleCrawl() {}

    /** One page of the sample crawl: what a crawler fetched and how the server labelled it. */
    record Page(String url, Instant fetchedAt, String contentType, Charset charset, String html) {}

    static final List<Page> PAGES = List.of(
            new Page(
                    "https://www.example-bayu.cn/liangjiang/2024/0215/lj-qiche.html",
                    Instant.parse("2024-02-15T03:10:00Z"),
                    "text/html; charset=utf-8",
                    StandardCharsets.UTF_8,
                    """
              <!DOCTYPE html>
              <html><head><meta charset="utf-8">
              <title>两江新区汽车产业产值突破2000亿元_重庆_巴渝经济网</title>
              <meta name="publishdate" content="2024-02-15 10:30:00">
              </head><body>
              <div class="nav"><a href="/">首页</a> <a href="/cq/">重庆</a> <a href="/sc/">四川</a> <a href="/gz/">贵州</a></div>
              <div class="article">
              <h1>两江新区汽车产业产值突破2000亿元</h1>
              <div class="info">2024-02-15 10:30 来源：巴渝经济网 记者 冉秋实</div>
              <div class="content">
              <p>记者2月14日从重庆两江新区获悉，2023年两江新区汽车产业产值达到2136亿元，同比增长12.5%，其中新能源汽车产量为43.6万辆。</p>
              <p>两江新区已集聚汽车整车企业9家、规模以上零部件企业约300家。重庆全市汽车产量去年达到231.8万辆，与四川共建的成渝地区双城经济圈汽车产业链协作项目达到65个。</p>
              <p>两江新区提出，到2025年，智能网联新能源汽车产值超过3000亿元。</p>
              </div>
              <div class="share">分享到：微信 微博</div>
              </div>
              <div class="related"><h3>相关阅读</h3><ul>
              <li>西安高新区半导体产业产值增长18%</li>
              <li>南充:新增规上工业企业120家</li>
              </ul></div>
              <div class="footer">巴渝经济网 渝ICP备14002233号</div>
              </body></html>
              """),
            new Page(
                    "http://www.example-hupu.com.cn/pd/zj/20240320/zhangjiang.shtml",
                    Instant.parse("2024-03-20T06:45:00Z"),
                    "text/html; charset=GBK",
                    Charset.forName("GBK"),
                    """
              <html><head>
              <title>张江科学城集成电路产业规模超过2000亿元-浦江财讯</title>
              </head><body>
              <div id="nav">首页 | 上海 | 浦东 | 科技 | 长三角</div>
              <div id="content">
              <h1>张江科学城集成电路产业规模超过2000亿元</h1>
              <p class="time">2024年03月20日 14:20 来源：浦江财讯</p>
              <p>　　3月19日，上海市浦东新区发布张江科学城建设最新进展。2023年张江科学城集成电路产业规模超过2000亿元，约占上海全市的一半；生物医药产业营收为1180亿元，同比增长8.9%。</p>
              <p>　　作为综合性国家科学中心的核心承载区，张江已建成和在建的大科学设施达到14个。去年张江新增跨国公司地区总部5家，外资研发中心12家。</p>
              <p>　　上海还与江苏、浙江、安徽共同推进长三角科技创新共同体建设，张江与合肥的综合性国家科学中心开展联合攻关项目26项。到2025年，张江科学城集成电路产业规模力争达到3000亿元。</p>
              </div>
              <div id="tj">推荐：深圳光明科学城签约项目40个 | 东莞松山湖新增上市企业3家</div>
              <div id="ft">浦江财讯 沪ICP备12034567号</div>
              </body></html>
              """),
            new Page(
                    "https://www.example-jingcheng.cn/kc/2024-04/26/zgc-huairou.html",
                    Instant.parse("2024-04-26T01:00:00Z"),
                    "text/html;charset=UTF-8",
                    StandardCharsets.UTF_8,
                    """
              <!DOCTYPE html>
              <html><head><meta charset="UTF-8">
              <title>中关村示范区企业总收入去年突破9万亿元 - 京城科创</title>
              <meta property="article:published_time" content="2024-04-26T09:00:00+08:00">
              </head><body>
              <header><a href="/">京城科创</a> <a href="/bj/">北京</a> <a href="/tj/">天津</a> <a href="/hb/">河北</a></header>
              <article>
              <h1>中关村示范区企业总收入去年突破9万亿元</h1>
              <p class="meta">2024-04-26 09:00 来源：京城科创 作者：白若冰</p>
              <p>4月25日，2024中关村论坛在北京开幕。记者在论坛上获悉，2023年中关村国家自主创新示范区规模以上企业总收入达到9.1万亿元，同比增长6.6%；企业研发费用合计为4563亿元。</p>
              <p>怀柔综合性国家科学中心已有29个科学设施平台进入运行阶段。北京还推动中关村与天津滨海新区、河北保定共建科技园区，去年京津冀三地技术合同成交额约为1.2万亿元。</p>
              <p>北京市提出，到2025年，中关村示范区企业总收入超过10万亿元。</p>
              </article>
              <aside class="share">分享 微信 微博</aside>
              <aside class="related"><h4>延伸阅读</h4><ul><li>杭州未来科技城新增高新技术企业300家</li><li>武汉光谷独角兽企业达到15家</li></ul></aside>
              <footer>京城科创 京ICP备15055667号-1</footer>
              </body></html>
              """),
            new Page(
                    "https://gd.example-lingnan.cn/gz/2024/0612/nansha.html",
                    Instant.parse("2024-06-12T08:30:00Z"),
                    "text/html; charset=UTF-8",
                    StandardCharsets.UTF_8,
                    """
              <html><head>
              <title>南沙港区集装箱吞吐量同比增长6.8% 粤港澳合作平台建设加快_岭南财经</title>
              </head><body>
              <div class="nav">首页 &gt; 广东 &gt; 广州</div>
              <div class="main">
              <h1>南沙港区集装箱吞吐量同比增长6.8% 粤港澳合作平台建设加快</h1>
              <div class="src">发布时间：2024-06-12 16:05 来源：岭南财经</div>
              <div class="txt">
              <p>记者从广东省广州市南沙区获悉，今年前5个月，广州港南沙港区完成集装箱吞吐量802万标准箱，同比增长6.8%。</p>
              <p>作为粤港澳大湾区重大合作平台，南沙去年新增港澳资企业超过1300家，累计实施与香港、澳门规则衔接事项80余项。广州与深圳、东莞等城市联合开通的“湾区一港通”组合港线路达到20条。</p>
              <p>广州市提出，到2025年，南沙港区集装箱吞吐量力争超过2000万标准箱。</p>
              </div></div>
              <div class="rel">相关新闻：珠海横琴新增澳资企业500家｜佛山顺德家电出口增长11%</div>
              <div class="foot">岭南财经 粤ICP备19004567号</div>
              </body></html>
              """));

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/crawl/regional-crawl-2024.warc.gz");
        write(out);
    }

    static void write(Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (var channel = java.nio.channels.FileChannel.open(
                        out,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                        java.nio.file.StandardOpenOption.WRITE);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (Page p : PAGES) {
                WarcPages.writeResponse(
                        writer,
                        p.url(),
                        p.fetchedAt(),
                        p.contentType(),
                        p.html().getBytes(p.charset()));
            }
        }
    }
}
