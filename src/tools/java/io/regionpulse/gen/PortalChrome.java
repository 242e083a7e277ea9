package io.regionpulse.gen;

import java.util.SplittableRandom;

/**
 * Turns a generated HTML page into a full portal page of a chosen size: a channel mega-menu,
 * inline scripts and configuration blobs, a sidebar of headline lists and a footer link farm, as
 * real news portals carry around one article (tens to 150 KB per page). The added chrome holds no
 * region names and no digits outside scripts and attributes, so the page's truth (its regions and
 * metrics) is unchanged: the cleaner must drop all of it.
 */
final class PortalChrome {
    private static final String[] CHANNELS = {
        "要闻", "财经", "科技", "汽车", "房产", "教育", "健康", "旅游", "文化", "体育", "娱乐", "时尚", "视频", "图片", "评论", "专题",
        "直播", "数码", "游戏", "家居", "美食", "读书", "公益", "法治", "军事", "国际", "社会", "理财", "保险", "基金", "彩票", "招聘"
    };
    private static final String[] TOPICS = {
        "新政策", "消费市场", "数字经济", "乡村振兴", "绿色发展", "科技创新", "营商环境", "文化旅游", "民生保障", "生态保护", "城市更新", "产业升级"
    };
    private static final String[] VERBS = {"专家解读", "一图读懂", "记者探访", "深度观察", "权威发布", "网友热议", "现场直击", "特别策划"};
    private static final String[] TAILS = {"要点", "新变化", "背后的故事", "怎么看", "有哪些亮点", "带来哪些机遇", "如何落地", "值得关注"};

    private PortalChrome() {}

    /** Bytes a portal page should reach: 30 to 150 KB, most of them between 40 and 90 KB. */
    static int targetBytes(SplittableRandom rng) {
        double u = (rng.nextDouble() + rng.nextDouble()) / 2; // triangular around the middle
        return (int) (30_000 + u * 120_000);
    }

    /** {@code html} grown to about {@code target} UTF-8 bytes with portal chrome (unchanged if already larger). */
    static String inflate(String html, int target, SplittableRandom rng) {
        int have = utf8Length(html);
        if (have >= target) {
            return html;
        }
        int budget = target - have;
        String head = scripts(rng, budget / 4);
        String menu = megaMenu(rng, budget / 4);
        String side = headlines(rng, budget / 4, "sidebar");
        String foot = headlines(rng, budget - budget / 4 * 3, "footer-links");
        String out = html.replace("</head>", head + "</head>");
        out = out.replaceFirst("<body>\n", "<body>\n" + java.util.regex.Matcher.quoteReplacement(menu));
        int end = out.lastIndexOf("</body>");
        return end < 0 ? out + side + foot : out.substring(0, end) + side + foot + out.substring(end);
    }

    private static String scripts(SplittableRandom rng, int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 256);
        sb.append("<script>window.__PORTAL_CONFIG__={\"channels\":[");
        int i = 0;
        while (sb.length() < bytes / 2) {
            sb.append(i++ == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(rng.nextInt(100000))
                    .append(",\"slot\":\"ad-")
                    .append(Long.toHexString(rng.nextLong()))
                    .append("\",\"w\":")
                    .append(300 + rng.nextInt(400))
                    .append('}');
        }
        sb.append("]};</script>\n<script>(function(){var q=[];");
        while (sb.length() < bytes) {
            sb.append("q.push(function(){var e=document.getElementById('m")
                    .append(rng.nextInt(1000))
                    .append("');if(e){e.className+=' on';}});");
        }
        return sb.append("})();</script>\n").toString();
    }

    private static String megaMenu(SplittableRandom rng, int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 256).append("<div class=\"mega-nav\"><ul>\n");
        while (sb.length() * 2 < bytes) { // about two UTF-8 bytes per char here
            String c = CHANNELS[rng.nextInt(CHANNELS.length)];
            sb.append("<li class=\"ch\"><a href=\"/")
                    .append(Integer.toHexString(c.hashCode() & 0xffff))
                    .append("/\">")
                    .append(c)
                    .append("</a><ul>");
            for (int k = 0; k < 6; k++) {
                sb.append("<li><a href=\"/t/")
                        .append(rng.nextInt(1 << 20))
                        .append("\">")
                        .append(CHANNELS[rng.nextInt(CHANNELS.length)])
                        .append(TOPICS[rng.nextInt(TOPICS.length)])
                        .append("</a></li>");
            }
            sb.append("</ul></li>\n");
        }
        return sb.append("</ul></div>\n").toString();
    }

    private static String headlines(SplittableRandom rng, int bytes, String cls) {
        StringBuilder sb = new StringBuilder(bytes + 256)
                .append("<div class=\"")
                .append(cls)
                .append("\">\n");
        while (sb.length() * 2 < bytes) {
            sb.append("<h3>").append(CHANNELS[rng.nextInt(CHANNELS.length)]).append("</h3><ul>\n");
            for (int k = 0; k < 10; k++) {
                sb.append("<li><a href=\"/n/")
                        .append(Long.toHexString(rng.nextLong() >>> 20))
                        .append(".html\">")
                        .append(VERBS[rng.nextInt(VERBS.length)])
                        .append('：')
                        .append(TOPICS[rng.nextInt(TOPICS.length)])
                        .append(TAILS[rng.nextInt(TAILS.length)])
                        .append("</a></li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.append("</div>\n").toString();
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
