package io.regionpulse.text;

import java.util.regex.Pattern;

/**
 * Page titles without the site name that {@code <title>} appends:
 * {@code "长三角合力构建科技创新共同体_新浪网"} → {@code "长三角合力构建科技创新共同体"},
 * {@code "川渝联手打造科创中心-中国报道网"}, {@code "… - 新华网"}, {@code "…｜澎湃新闻 - The Paper"}.
 * A trailing part is only dropped when it looks like a site, channel or section name, so
 * {@code "多地布局_十四五_区域创新中心建设"} keeps its underscores.
 */
public final class Titles {
    private Titles() {}

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:_|\\||｜|——|—|–|\\s-\\s|(?<![0-9A-Za-z])-(?![0-9A-Za-z])|(?<=[\\u4e00-\\u9fff])-(?=[\\u4e00-\\u9fff]))\\s*");

    private static final Pattern SITE_LIKE =
            Pattern.compile("(?i).{0,14}(?:网|网站|新闻|资讯|频道|在线|客户端|首页|门户|官网|日报|晚报|晨报|时报|报|周刊|杂志|电视台|财经|科技|体育|娱乐|"
                    + "汽车|房产|军事|国内|国际|要闻|头条|号|平台|社区|论坛|博客|专栏|正文|手机版|移动版|中文网|新浪|网易|腾讯|搜狐|凤凰|澎湃|"
                    + "百家号|观察者|界面|财新|第一财经|the\\s?paper|\\.com|\\.cn|\\.net|news|online|china\\s?daily|xinhua)\\s*");

    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s_|｜—–-]+$");

    /**
     * The headline among the page's lines: the longest line that {@code <title>} starts with and
     * that is followed there by a separator ({@code "标题 - 站名"}); null when none.
     */
    public static String fromLines(String titleTag, java.util.List<String> lines) {
        if (titleTag == null) {
            return null;
        }
        String tag = titleTag.strip();
        String best = null;
        for (String l : lines) {
            String s = l.strip();
            if (s.length() >= 6
                    && s.length() < tag.length()
                    && tag.startsWith(s)
                    && (best == null || s.length() > best.length())) {
                String rest = tag.substring(s.length()).stripLeading();
                boolean spaced = rest.length() < tag.length() - s.length() && s.length() >= 10 && rest.length() <= 20;
                if (!rest.isEmpty() && ("_|｜-—–".indexOf(rest.charAt(0)) >= 0 || spaced)) {
                    best = s;
                }
            }
        }
        return best;
    }

    /** The title with site suffixes removed; null stays null. */
    public static String clean(String title) {
        return clean(title, java.util.List.of());
    }

    /**
     * Also drops a trailing part equal to one of {@code siteNames} (the page's outlet or author,
     * {@code "…_蓝色经济_胶东观察"} with author 胶东观察), and then one short channel name before it.
     */
    public static String clean(String title, java.util.Collection<String> siteNames) {
        if (title == null) {
            return null;
        }
        String named = title.strip();
        for (String name : siteNames) {
            if (name == null || name.length() < 2) {
                continue;
            }
            int cut = lastSeparator(named);
            if (cut > 0
                    && named.substring(cut)
                            .replaceFirst("^\\s*(?:_|\\||｜|——|—|–|-)\\s*", "")
                            .strip()
                            .equals(name.strip())) {
                named = named.substring(0, cut).strip();
                int cut2 = lastSeparator(named);
                if (cut2 > 0) {
                    String channel = named.substring(cut2)
                            .replaceFirst("^\\s*(?:_|\\||｜|——|—|–|-)\\s*", "")
                            .strip();
                    if (channel.length() <= 6 && cut2 >= 8) {
                        named = named.substring(0, cut2).strip();
                    }
                }
                break;
            }
        }
        title = named;
        String t = title.replace('\u00A0', ' ').replace('\u3000', ' ').strip().replaceAll("\\s{2,}", " ");
        boolean siteDropped = false;
        for (int guard = 0; guard < 4; guard++) {
            int cut = lastSeparator(t);
            if (cut < 0) {
                break;
            }
            String head = t.substring(0, cut).strip();
            String tail = t.substring(cut)
                    .replaceFirst("^\\s*(?:_|\\||｜|——|—|–|-)\\s*", "")
                    .strip();
            // Once a site name went, a short section label before it goes too ("… - 区域 - 区域发展网").
            boolean channel = siteDropped && head.length() >= 8 && tail.length() <= 4 && !tail.matches(".*[0-9].*");
            if (head.length() < 4
                    || tail.isEmpty()
                    || tail.length() > 20
                    || !(channel || SITE_LIKE.matcher(tail).matches())) {
                break;
            }
            t = head;
            siteDropped = true;
        }
        return TRAILING_SEPARATORS.matcher(t).replaceFirst("");
    }

    private static int lastSeparator(String t) {
        java.util.regex.Matcher m = SEPARATOR.matcher(t);
        int last = -1;
        while (m.find()) {
            if (m.start() > 0) {
                last = m.start();
            }
        }
        return last;
    }
}
