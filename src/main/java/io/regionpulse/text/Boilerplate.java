package io.regionpulse.text;

import java.util.regex.Pattern;

/**
 * Line-level judgements about site chrome, shared by the HTML and the plain-text paths. All
 * patterns work on Simplified text and are anchored or bounded, so each costs one linear scan.
 */
public final class Boilerplate {
    private Boilerplate() {}

    /** Lines that are never article text: addresses, licences, copyright, share bars, editors. */
    private static final Pattern CHROME =
            Pattern.compile("(?i)^\\s*[（(]?\\s*(?:本文地址|本文链接|原文链接|原文地址|文章地址|文章链接|本文网址|本页网址|文章标题|原标题|文章来源地址|网页链接|"
                    + "责任编辑|责编|值班编辑|编辑|审核|审校|校对|主编|监制|出品|统筹|制作)\\s*[:：]"
                    + "|本文由.{0,30}(?:发布|提供|授权)|本文(?:来自|转载自|转自)|转载.{0,10}(?:注明|联系)|不代表.{0,20}(?:立场|观点)"
                    + "|ICP\\s?[备证]|公网安备|网安备案|增值电信业务|新闻信息服务许可|版权所有|copyright|©|all\\s+rights\\s+reserved"
                    + "|^\\s*【?(?:版权|免责)(?:及免责|与免责)?声明|^\\s*凡本网|^\\s*本网(?:转载|注明|所载)|^\\s*如涉及作品内容"
                    + "|未经.{0,12}授权.{0,12}(?:不得|禁止)|违者.{0,12}法律责任"
                    + "|^\\s*(?:分享到|分享至|分享|扫一扫|扫描二维码|扫码|关注我们|微信公众号|微信扫一扫|返回顶部|回到顶部|上一篇|下一篇|打印本页|"
                    + "打印|关闭窗口|关闭|点击进入|进入专题|举报|更多精彩|收藏|点赞|评论|我要评论|字号|加入收藏|设为首页|相关专题)\\s*[:：>»]?\\s*$"
                    + "|^\\s*(?:上一篇|下一篇|上一条|下一条|点击进入专题|进入专题|专题)\\s*[:：]"
                    + "|^\\s*(?:图集|组图|视频|音频|播放|查看原图|点击查看大图|展开全文|阅读全文|全文阅读)\\s*[>»]?\\s*$"
                    + "|^\\s*【?(?:特别)?声明】?\\s*[:：]|不构成.{0,8}投资建议|投资有风险|据此操作.{0,6}风险自担"
                    + "|^\\s*(?:关注|\\+关注|已关注|订阅|打开APP|打开客户端|下载APP)\\s*$|扫描.{0,8}二维码|长按.{0,8}二维码|识别.{0,4}二维码"
                    + "|^\\s*[（(]?\\s*点击(?:看|查看)?.{0,6}大图\\s*[)）]?\\s*$"
                    + "|^\\s*【\\s*(?:资料图|图片|图|视频|纠错|打印|关闭|收藏)\\s*】\\s*$"
                    + "|^\\s*[（(]?\\s*(?:图片来源|图片|图|摄影|资料图)\\s*[:：]\\S{0,30}\\s*[)）]?\\s*$");

    /** Inline tokens to drop wherever they stand: {@code 【纠错】} {@code 【打印】}. */
    static final Pattern INLINE_CHROME = Pattern.compile("【\\s*(?:纠错|打印|关闭|收藏|分享|责任编辑[^】]{0,12})\\s*】");

    /** Headings after which the rest of the page is lists and footers. */
    private static final Pattern TAIL_HEADING =
            Pattern.compile("^(?:相关阅读|延伸阅读|相关新闻|相关文章|相关报道|相关链接|相关推荐|相关资讯|推荐阅读|推荐文档|推荐文章|推荐新闻|推荐|为你推荐|为您推荐|"
                    + "猜你喜欢|延伸推荐|热点新闻|热点推荐|热点视频|热点|热门文章|热门推荐|热门新闻|热门阅读|热门|热读|精彩推荐|精彩图片|今日推荐|今日热点|最新文章|"
                    + "最新新闻|最新资讯|往期回顾|更多阅读|更多新闻|阅读推荐|网友评论|热门评论|发表评论|最新评论|相关评论|标签|关键词|关键字|tag|tags|"
                    + "版权与免责声明|版权声明|免责声明|排行榜|点击排行|阅读排行|新闻排行|专题推荐|图片推荐|视频推荐|本周热门|编辑推荐)$");

    private static final Pattern TAIL_PREFIX =
            Pattern.compile("^\\s*(?:相关阅读|延伸阅读|相关新闻|相关文章|相关报道|此前报道|往期回顾|相关链接|推荐阅读|标签|关键词|关键字|tags?)\\s*[:：]");

    private static final Pattern BREADCRUMB_LABEL = Pattern.compile("^\\s*(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\\s*[:：]");

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[-*•·▪●◆■□►▶◇○]\\s{0,2})?[0-9]{1,3}\\s?[.、．)）]\\s{0,2}\\S|^\\s*[-*•·▪●◆■□►▶◇○]\\s{0,2}\\S");

    private static final Pattern DATE_ONLY = Pattern.compile(
            "^\\s*[\\[(（]?(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?:\\s{0,3}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[\\])）]?\\s*$");

    /** Site chrome: addresses, licences, copyright, share bars, editor credits. */
    public static boolean isChrome(String line) {
        return CHROME.matcher(line).find();
    }

    /**
     * {@code "化工仪器网首页>资讯中心>政策法规>正文"}, {@code "当前位置：首页 > 新闻"}: two or more path
     * separators in a short line without a full stop, or a location label.
     */
    public static boolean isBreadcrumb(String line) {
        if (BREADCRUMB_LABEL.matcher(line).find()) {
            return true;
        }
        if (line.length() > 100 || line.indexOf('。') >= 0) {
            return false;
        }
        int seps = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '＞' || c == '»' || c == '›' || c == '→' || c == '〉') {
                seps++;
            }
        }
        String t = line.strip();
        if (t.endsWith("正文")
                && t.length() > 2
                && (t.contains(" - ") || t.contains("/") || t.contains("|") || t.contains("-"))) {
            return true; // "南海之声网 - 自贸港频道 - 正文"
        }
        return seps >= 2 || (seps >= 1 && (t.endsWith("正文") || t.startsWith("首页")));
    }

    /** A heading that starts the related-articles, tags or footer part of a page. */
    public static boolean isTailHeading(String line) {
        java.util.regex.Matcher prefix = TAIL_PREFIX.matcher(line);
        if (prefix.find()) {
            // "相关阅读：标题一｜标题二｜…" — headlines run inline after the label: a list, not prose.
            String rest = line.substring(prefix.end());
            return line.length() <= 40 || rest.indexOf('。') < 0 || rest.matches(".*[｜|丨].*");
        }
        if (line.length() > 40) {
            return false;
        }
        String core = core(line);
        return !core.isEmpty()
                && core.length() <= 12
                && TAIL_HEADING.matcher(core).matches();
    }

    /** A numbered or bulleted item without sentence punctuation: a headline in a list of links. */
    public static boolean isListItem(String line) {
        return line.length() <= 80
                && LIST_ITEM.matcher(line).find()
                && !endsSentence(line)
                && line.indexOf('。') < 0
                && line.indexOf('；') < 0;
    }

    /** A line holding nothing but a date (the date under each related headline). */
    public static boolean isDateOnly(String line) {
        return line.length() <= 30 && DATE_ONLY.matcher(line).matches();
    }

    /** True when the line ends like a sentence. */
    public static boolean endsSentence(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return "。！？!?…”」』；;".indexOf(c) >= 0
                || (c == '.' && t.length() > 1 && !Character.isDigit(t.charAt(t.length() - 2)));
    }

    /** Count of sentence punctuation, the density signal of article prose. */
    public static int punctuation(CharSequence s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，' || c == '。' || c == '、' || c == '；' || c == '：' || c == '！' || c == '？' || c == '“'
                    || c == ',') {
                k++;
            }
        }
        return k;
    }

    /** Han characters in the line. */
    public static int han(CharSequence s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
                k++;
            }
        }
        return k;
    }

    /** The line without spaces, punctuation and Latin letters ("相关阅读 Related Reading" → "相关阅读"); Latin kept when no Han. */
    static String core(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean anyHan = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                anyHan = true;
                sb.append(c);
            }
        }
        if (anyHan) {
            return sb.toString();
        }
        return line.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
