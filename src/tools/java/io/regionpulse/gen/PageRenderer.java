package io.regionpulse.gen;

import io.regionpulse.gen.Article.TruthRegion;
import io.regionpulse.gen.RegionPool.Entry;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Dresses an {@link Article} as a crawled page of one site: breadcrumbs, a "来源/时间" header in
 * one of several date styles, share bars, a related-articles list about other regions with
 * other numbers, copyright and ICP lines. Optionally in Traditional script with inline pinyin
 * after some characters ({@code 聯(lián)}). Records what the chrome mentions, so that the truth
 * can say what must NOT be extracted.
 */
public final class PageRenderer {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A page ready to write, with the chrome-only regions and numbers. */
    public record Rendered(
            String format,
            String url,
            String title,
            String content,
            boolean traditional,
            List<TruthRegion> bodyRegions,
            List<TruthRegion> chromeRegions,
            List<Double> chromeNumbers) {
        /** The same page with other bytes (a portal's chrome around the same article). */
        public Rendered withContent(String newContent) {
            return new Rendered(format, url, title, newContent, traditional, bodyRegions, chromeRegions, chromeNumbers);
        }
    }

    record Site(String name, String domain, String icp, String section) {}

    static final Site[] SITES = {
        new Site("经济观察网", "example-jjgc.cn", "京ICP备11012345号-1", "区域经济"),
        new Site("财经参考网", "example-cjck.com", "沪ICP备09087654号", "财经"),
        new Site("区域发展网", "example-qyfz.cn", "渝ICP备13005872号-3", "区域"),
        new Site("产业观察", "example-cygc.com.cn", "粤ICP备20231188号-1", "产业"),
        new Site("科创在线", "example-kczx.cn", "苏ICP备17009911号", "科技"),
        new Site("新闻晨讯网", "example-xwcx.com", "浙ICP备11010203号-2", "要闻"),
        new Site("发展导报网", "example-fzdb.cn", "鄂ICP备10203040号", "发展"),
        new Site("商业时评", "example-sysp.com", "川ICP备15006543号", "商业"),
    };

    private static final Map<Character, String> PINYIN = new LinkedHashMap<>();

    static {
        String[][] p = {
            {"聯", "lián"},
            {"創", "chuàng"},
            {"協", "xié"},
            {"發", "fā"},
            {"設", "shè"},
            {"產", "chǎn"},
            {"實", "shí"},
            {"現", "xiàn"},
            {"續", "xù"},
            {"動", "dòng"},
            {"務", "wù"},
            {"構", "gòu"},
            {"際", "jì"}
        };
        for (String[] e : p) PINYIN.put(e[0].charAt(0), e[1]);
    }

    private final RegionPool pool;
    private final UnaryOperator<String> toTraditional;

    public PageRenderer(RegionPool pool, UnaryOperator<String> toTraditional) {
        this.pool = pool;
        this.toTraditional = toTraditional;
    }

    /**
     * @param format txt, html, md, jsonl or warc (warc pages are HTML)
     * @param copy true for a syndicated copy: alternative lead and another site's title suffix
     */
    public Rendered render(
            Article a, String format, boolean copy, boolean traditional, SplittableRandom rng, String pageKey) {
        Site site = ArticleFactory.pick(rng, SITES);
        String lead = copy ? a.altLead() : a.lead();
        List<String> paras = new ArrayList<>();
        paras.add(lead);
        paras.addAll(a.body());
        String title = a.title();
        LocalDateTime at = copy ? a.publishedAt().plusMinutes(30 + rng.nextInt(300)) : a.publishedAt();
        if (!at.toLocalDate().equals(a.publishedAt().toLocalDate())) at = a.publishedAt();
        String url = "https://www." + site.domain() + "/" + section(site) + "/"
                + at.format(DateTimeFormatter.ofPattern("yyyy/MMdd")) + "/" + pageKey + ".html";

        // chrome: regions not in the article, numbers not in the article
        Set<String> used = new HashSet<>();
        for (TruthRegion r : a.regions()) used.add(r.code());
        List<TruthRegion> chromeRegions = new ArrayList<>();
        List<Double> chromeNumbers = new ArrayList<>();
        List<String> related = new ArrayList<>();
        int nRelated = 3 + rng.nextInt(6);
        ArticleFactory factory = new ArticleFactory(pool, 0);
        for (int i = 0; i < nRelated * 3 && related.size() < nRelated; i++) {
            Entry r = rng.nextBoolean()
                    ? ArticleFactory.pick(rng, pool.cities())
                    : ArticleFactory.pick(rng, pool.provinces());
            if (used.contains(r.code()) || collides(r, a.regions())) continue;
            used.add(r.code());
            chromeRegions.add(new TruthRegion(r.code(), r.name(), r.shortName()));
            related.add(factory.relatedHeadline(rng, r, chromeNumbers));
        }
        if (format.equals("md") && rng.nextBoolean()) { // many markdown exports carry no related list
            related.clear();
            chromeRegions.clear();
            chromeNumbers.clear();
        }
        String nav = navigation(rng, chromeRegions);
        String header = header(rng, at, a, site, copy);

        boolean annotate = false;
        List<TruthRegion> bodyRegions = a.regions();
        if (traditional) {
            List<String> tParas = new ArrayList<>();
            for (String p : paras) tParas.add(toTraditional.apply(p));
            String joined = String.join("\n", tParas);
            List<TruthRegion> tRegions = new ArrayList<>();
            boolean ok = true;
            for (TruthRegion r : a.regions()) {
                String ts = toTraditional.apply(r.surface());
                if (!joined.contains(ts)) {
                    ok = false;
                    break;
                }
                tRegions.add(new TruthRegion(r.code(), r.name(), ts));
            }
            if (ok) {
                List<String> surfaces =
                        tRegions.stream().map(TruthRegion::surface).toList();
                paras = new ArrayList<>();
                for (String p : tParas) paras.add(annotatePinyin(p, surfaces, rng));
                title = toTraditional.apply(title);
                nav = toTraditional.apply(nav);
                header = toTraditional.apply(header);
                related.replaceAll(toTraditional);
                List<TruthRegion> tChrome = new ArrayList<>();
                for (TruthRegion r : chromeRegions)
                    tChrome.add(new TruthRegion(r.code(), r.name(), toTraditional.apply(r.surface())));
                chromeRegions = tChrome;
                bodyRegions = tRegions;
                annotate = true;
            }
        }
        boolean isTraditional = traditional && annotate;
        String fullTitle = title + titleSuffix(rng, site, copy);
        String content =
                switch (format) {
                    case "txt" -> txt(rng, site, nav, title, header, paras, related, url, a);
                    case "md" -> md(rng, at, a, fullTitle, paras, related);
                    case "jsonl" -> jsonl(rng, at, a, site, url, fullTitle, header, paras, related);
                    default -> html(
                            rng,
                            at,
                            site,
                            nav,
                            fullTitle,
                            title,
                            header,
                            paras,
                            related,
                            format.equals("warc") ? "utf-8" : "utf-8");
                };
        return new Rendered(format, url, title, content, isTraditional, bodyRegions, chromeRegions, chromeNumbers);
    }

    private static boolean collides(Entry r, List<TruthRegion> regions) {
        for (TruthRegion t : regions) {
            if (t.surface().contains(r.shortName()) || r.name().contains(t.surface())) return true;
        }
        return false;
    }

    private static String section(Site s) {
        return switch (s.section()) {
            case "科技" -> "tech";
            case "财经" -> "finance";
            case "产业" -> "industry";
            default -> "news";
        };
    }

    private static String navigation(SplittableRandom rng, List<TruthRegion> chromeRegions) {
        StringBuilder sb = new StringBuilder("首页");
        for (String s : new String[] {"要闻", "财经", "区域"}) sb.append(" | ").append(s);
        if (!chromeRegions.isEmpty() && rng.nextBoolean())
            sb.append(" | ").append(chromeRegions.get(0).surface());
        return sb.toString();
    }

    /** The "时间/来源/作者" line in one of the styles real portals use. */
    private static String header(SplittableRandom rng, LocalDateTime at, Article a, Site site, boolean copy) {
        String source = copy ? site.name() : a.source();
        String d =
                switch (rng.nextInt(6)) {
                    case 0 -> at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                    case 1 -> at.format(DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm"));
                    case 2 -> at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd"));
                    case 3 -> at.format(DateTimeFormatter.ofPattern("yyyy.MM.dd"));
                    case 4 -> at.format(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"));
                    default -> at.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
                };
        return switch (rng.nextInt(4)) {
            case 0 -> d + " 来源：" + source + " 作者：" + a.author();
            case 1 -> "时间：" + d + "　来源：" + source + "　记者 " + a.author();
            case 2 -> "来源:" + source + "   时间:" + d + (copy ? "   转自:" + a.source() : "");
            default -> "【发布日期：" + d + "】【来源：" + source + "】";
        };
    }

    private static String titleSuffix(SplittableRandom rng, Site site, boolean copy) {
        return switch (rng.nextInt(copy ? 2 : 4)) {
            case 0 -> "_" + site.name();
            case 1 -> " - " + site.section() + " - " + site.name();
            default -> "";
        };
    }

    /** Inserts {@code (pinyin)} after some annotatable characters outside region surfaces. */
    static String annotatePinyin(String p, List<String> surfaces, SplittableRandom rng) {
        boolean[] protectedAt = new boolean[p.length()];
        for (String s : surfaces) {
            for (int i = p.indexOf(s); i >= 0; i = p.indexOf(s, i + 1)) {
                for (int k = i; k < i + s.length(); k++) protectedAt[k] = true;
            }
        }
        StringBuilder sb = new StringBuilder(p.length() + 32);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            sb.append(c);
            String py = PINYIN.get(c);
            if (py != null && !protectedAt[i] && rng.nextInt(100) < 35)
                sb.append('(').append(py).append(')');
        }
        return sb.toString();
    }

    private static String txt(
            SplittableRandom rng,
            Site site,
            String nav,
            String title,
            String header,
            List<String> paras,
            List<String> related,
            String url,
            Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append(site.name()).append(" > ").append(site.section()).append(" > 正文\n\n");
        sb.append(title).append("\n\n").append(header).append("\n\n");
        for (String p : paras) sb.append("　　").append(p).append("\n\n");
        if (rng.nextBoolean())
            sb.append("标签：").append(String.join(" ", a.tags())).append("\n");
        if (rng.nextBoolean()) sb.append("本文地址：").append(url).append("\n");
        sb.append("\n")
                .append(ArticleFactory.pick(rng, new String[] {"相关推荐", "推荐阅读", "延伸阅读", "热点新闻"}))
                .append("\n");
        for (int i = 0; i < related.size(); i++)
            sb.append(i + 1).append(".").append(related.get(i)).append("\n");
        sb.append("\n").append(nav).append("\n");
        sb.append("版权所有 ")
                .append(site.name())
                .append(" 未经授权禁止转载 ")
                .append(site.icp())
                .append("\n");
        return sb.toString();
    }

    private static String html(
            SplittableRandom rng,
            LocalDateTime at,
            Site site,
            String nav,
            String fullTitle,
            String title,
            String header,
            List<String> paras,
            List<String> related,
            String charset) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"")
                .append(charset)
                .append("\">\n");
        sb.append("<title>").append(esc(fullTitle)).append("</title>\n");
        switch (rng.nextInt(4)) {
            case 0 -> sb.append("<meta name=\"publishdate\" content=\"")
                    .append(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))
                    .append("\">\n");
            case 1 -> sb.append("<meta property=\"article:published_time\" content=\"")
                    .append(at.atZone(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append("\">\n");
            case 2 -> sb.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"")
                    .append(at.atZone(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append("\"}</script>\n");
            default -> {} // date only in the visible header line
        }
        sb.append("</head>\n<body>\n<div class=\"nav\">").append(esc(nav)).append("</div>\n");
        sb.append("<div class=\"article\">\n<h1>").append(esc(title)).append("</h1>\n");
        sb.append("<div class=\"info\">").append(esc(header)).append("</div>\n<div class=\"content\">\n");
        for (String p : paras) sb.append("<p>").append(esc(p)).append("</p>\n");
        sb.append("</div>\n<div class=\"share\">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n</div>\n");
        sb.append("<div class=\"related\"><h3>")
                .append(ArticleFactory.pick(rng, new String[] {"相关阅读", "猜你喜欢", "热点推荐"}))
                .append("</h3><ul>\n");
        for (String r : related)
            sb.append("<li><a href=\"/n/")
                    .append(Math.abs(r.hashCode() % 100000))
                    .append(".html\">")
                    .append(esc(r))
                    .append("</a></li>\n");
        sb.append("</ul></div>\n<div class=\"footer\">Copyright © ")
                .append(at.getYear())
                .append(' ')
                .append(site.name())
                .append(" 版权所有 ")
                .append(site.icp())
                .append("</div>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String md(
            SplittableRandom rng,
            LocalDateTime at,
            Article a,
            String fullTitle,
            List<String> paras,
            List<String> related) {
        StringBuilder sb = new StringBuilder();
        String date =
                switch (rng.nextInt(4)) {
                    case 0 -> at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                    case 1 -> DateTimeFormatter.RFC_1123_DATE_TIME
                            .withLocale(Locale.ROOT)
                            .format(at.atZone(CHINA).withZoneSameInstant(ZoneOffset.UTC));
                    case 2 -> at.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
                    default -> at.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
                };
        sb.append("---\ntitle: '")
                .append(fullTitle.replace("'", "''"))
                .append("'\ndate: ")
                .append(date.contains(",") ? "\"" + date + "\"" : date)
                .append("\nauthor: ")
                .append(a.source())
                .append("\ntags: [")
                .append(String.join(", ", a.tags()))
                .append("]\n---\n\n");
        for (String p : paras) sb.append(p).append("\n\n");
        if (!related.isEmpty()) {
            sb.append("*相关文章*\n");
            for (String r : related)
                sb.append("- [")
                        .append(r)
                        .append("](/a/")
                        .append(Math.abs(r.hashCode() % 1000))
                        .append(")\n");
        }
        return sb.toString();
    }

    private static String jsonl(
            SplittableRandom rng,
            LocalDateTime at,
            Article a,
            Site site,
            String url,
            String fullTitle,
            String header,
            List<String> paras,
            List<String> related) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("url", url);
        o.put("title", fullTitle);
        switch (rng.nextInt(5)) {
            case 0 -> o.put("published", at.atZone(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case 1 -> o.put("time", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            case 2 -> o.put(
                    "pubDate",
                    DateTimeFormatter.RFC_1123_DATE_TIME
                            .withLocale(Locale.ROOT)
                            .format(at.atZone(CHINA).withZoneSameInstant(ZoneOffset.UTC)));
            case 3 -> o.put("publish_time", at.format(DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm")));
            default -> o.put("date", at.toLocalDate().toString());
        }
        o.put("source", a.source());
        if (rng.nextBoolean()) {
            StringBuilder h = new StringBuilder("<div class=\"article\">");
            for (String p : paras) h.append("<p>").append(esc(p)).append("</p>");
            h.append("</div><div class=\"related\"><h4>相关推荐</h4><ul>");
            for (String r : related) h.append("<li>").append(esc(r)).append("</li>");
            h.append("</ul></div>");
            o.put("html", h.toString());
        } else {
            StringBuilder c = new StringBuilder();
            for (String p : paras) c.append(p).append("\n\n");
            c.append("相关阅读：").append(String.join("｜", related));
            o.put("content", c.toString());
        }
        return Json.of(o);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
