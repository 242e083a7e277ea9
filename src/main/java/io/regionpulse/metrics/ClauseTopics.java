package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Clause topics: what a clause is about is written before its predicate; a place or a national word
 * after the predicate is an object (到达北京, 举办全民国家安全教育展, 奉献…北京冬奥盛会), not the topic. A clause
 * without a topic of its own (并成功带动3亿人…, 以…逾350幅图片…) continues the topic of the clauses before it in
 * the sentence, as Chinese topic chains do. A topic made of several places joined as a list (北京、天津、河南北部、
 * 山东等地; 粤港澳三地) is several regions at once, whatever place a later locative names (在深圳).
 */
final class ClauseTopics {
    private ClauseTopics() {}

    enum Kind {
        REGION,
        SEVERAL,
        NATIONAL,
        FOREIGN
    }

    /** A clause's topic: its kind and, for {@link Kind#REGION}, the region. */
    record Topic(Kind kind, RegionMention region) {}

    /**
     * Words that open a clause's predicate: aspect and scope adverbs, the copula, and verbs that take a
     * place or a country as their object. Their first occurrence ends the topic zone.
     */
    static final List<String> PREDICATE_CUES = List.of(
            "将", "已", "正在", "共同", "联合", "累计", "先后", "陆续", "全部", "均", "也", "还", "预计", "计划", "力争", "要", "是", "为", "有",
            "达到", "突破", "超过", "实现", "完成", "举办", "举行", "召开", "公布", "发布", "发送", "运送", "出现", "开展", "启动", "推出", "实施", "投入",
            "带动", "奉献", "包括", "涵盖", "到达", "抵达", "运抵", "起飞", "出发", "开工", "接到", "接待", "吸引", "收购", "销往", "运往", "送往", "向",
            "对", "从", "赴", "展示", "面向", "围绕", "聚焦", "推动", "加快", "打造", "支持", "服务", "助力", "开创", "创造", "创下", "刷新");

    /** Prepositions that introduce a place: a predicate cue only after the clause has a topic (在陕西安康，…). */
    static final String LOCATIVE_PREPOSITIONS = "在于";

    /** A place followed by one of these counts places (粤港澳三地, 山东等地, 多地): several regions. */
    private static final List<String> GROUP_NOUNS =
            List.of("两地", "三地", "四地", "五地", "多地", "各地", "等地", "等省", "等城市", "等市", "等省份", "等省区", "等区域", "等地区");

    /** Written between two places of a list: a part of the first (河南北部、山东). */
    private static final List<String> PART_WORDS = List.of(
            "东南部", "东北部", "西南部", "西北部", "中南部", "中北部", "中东部", "中西部", "东部", "西部", "南部", "北部", "中部", "部分地区", "地区", "大部",
            "一带");

    /** Where the predicate of the clause [from, to) begins: the first predicate cue, or {@code to}. */
    static int predicateStart(String text, int from, int to, List<RegionMention> regions) {
        for (int i = from; i < to; i++) {
            if (LOCATIVE_PREPOSITIONS.indexOf(text.charAt(i)) >= 0 && hasTopicMaterial(text, from, i, regions)) {
                return i;
            }
            for (String w : PREDICATE_CUES) {
                if (text.startsWith(w, i)) {
                    if (ADVERBS.contains(w) && !hasTopicMaterial(text, from, i, regions)) {
                        i += w.length() - 1; // 预计山西北部…等地: an adverb before the topic
                        break;
                    }
                    return i;
                }
            }
        }
        return to;
    }

    /**
     * Cues that take a whole clause (预计山西北部…等地气温下降6℃, 计划明年…): written before any topic, they do not
     * end the topic zone. 还/也/将 at a clause's start do: the clause continues an elided topic (还给我国…带来降温).
     */
    private static final List<String> ADVERBS = List.of("预计", "计划", "力争");

    private static boolean hasTopicMaterial(String text, int from, int to, List<RegionMention> regions) {
        for (RegionMention m : regions) {
            if (!m.inOrganization() && m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return ScopeMarkers.lastMarker(text, from, to, ScopeMarkers.NATIONAL, true, regions) >= 0;
    }

    /**
     * The topic of the clause [from, to): several regions when its places before the predicate form a list or
     * are counted (等地, 三地); else the first of its place or national/foreign word before the predicate; null when
     * there is none.
     */
    static Topic topic(String text, int from, int to, List<RegionMention> regions) {
        from = topicZoneStart(text, from, to);
        int pred = predicateStart(text, from, to, regions);
        RegionMention venue = venue(text, pred, to, regions);
        if (venue != null) {
            return new Topic(Kind.REGION, venue); // 中国国际茶叶博览会今天在浙江杭州开幕: the event's place
        }
        List<RegionMention> places = new ArrayList<>();
        for (RegionMention m : regions) {
            if (!m.inOrganization()
                    && m.start() >= from
                    && m.end() <= pred
                    && !Clauses.inBookTitle(text, m.start(), from)
                    && !PlaceLists.includedMember(text, m)
                    && (places.isEmpty()
                            || m.start() >= places.get(places.size() - 1).end())) {
                places.add(m);
            }
        }
        if (several(text, places, pred)) {
            return new Topic(Kind.SEVERAL, null);
        }
        int firstAt = places.isEmpty() ? pred : places.get(0).start();
        int national = ScopeMarkers.lastMarker(text, from, firstAt, ScopeMarkers.NATIONAL, true, regions);
        int foreign = ScopeMarkers.lastMarker(text, from, firstAt, ScopeMarkers.FOREIGN, false);
        if (national >= 0 || foreign >= 0) {
            return new Topic(national >= foreign ? Kind.NATIONAL : Kind.FOREIGN, null);
        }
        if (places.isEmpty()) {
            return null;
        }
        RegionMention first = places.get(0);
        int k = regions.indexOf(first);
        RegionMention subject = RegionParts.specific(regions, k);
        subject = Routes.routeStart(text, subject) ? first : subject; // 贵州德江至余庆高速: not 德江 alone
        subject = RegionParts.narrowest(text, regions, k, subject, pred); // 河北邯郸的丛台区
        if (PlaceLists.inList(text, regions, subject)) {
            RegionMention enclosing = PlaceLists.enclosing(regions, from, pred);
            return enclosing == null ? new Topic(Kind.SEVERAL, null) : new Topic(Kind.REGION, enclosing);
        }
        return new Topic(Kind.REGION, subject);
    }

    /**
     * Where a clause's topic zone starts: after an apposition that ranks it (国家150项重大水利工程之一——河南省…) and
     * after an agent phrase closed by 的 (由文化和旅游部组织的…展演在北京举办: the agent is not the topic).
     */
    static int topicZoneStart(String text, int from, int to) {
        int dash = text.indexOf("之一——", from);
        if (dash >= 0 && dash + 4 < to) {
            from = dash + 4;
        }
        if (text.startsWith("由", from)) {
            int de = text.indexOf('的', from);
            if (de > from && de + 1 < to) {
                from = de + 1;
            }
        } else {
            int de = agentPhraseEnd(text, from, to);
            if (de > 0) {
                from = de; // 中国农科院选育的油菜新品种…: the variety is the topic, not the institute
            }
        }
        return from;
    }

    /** Verbs of making or holding that, closed by 的, make what stands before them an agent: 中国农科院选育的新品种. */
    static final List<String> AGENT_VERBS =
            List.of("选育", "研制", "研发", "自主研发", "设计", "建造", "制造", "培育", "开发", "主办", "承办", "发起", "组织", "牵头");

    /** How long the agent before an agent verb may be. */
    private static final int AGENT_SPAN = 12;

    /**
     * Where the head after an agent phrase at the clause's start begins (中国农科院选育的｜盐碱地油菜新品种), or -1: an
     * agent of at most a few characters, with no clause break, then an agent verb and 的, with the head before {@code to}.
     */
    static int agentPhraseEnd(String text, int from, int to) {
        for (int i = from + 1; i < Math.min(to, from + AGENT_SPAN); i++) {
            if (CLAUSE_DELIMS.indexOf(text.charAt(i)) >= 0) {
                return -1;
            }
            for (String v : AGENT_VERBS) {
                int de = i + v.length();
                if (text.startsWith(v, i) && de < to && text.charAt(de) == '的' && de + 1 < to) {
                    return de + 1;
                }
            }
        }
        return -1;
    }

    /** The places before a predicate form a list (a joiner between unrelated places) or are counted (三地, 等地). */
    static boolean several(String text, List<RegionMention> places, int pred) {
        if (places.isEmpty()) {
            return false;
        }
        RegionMention last = places.get(places.size() - 1);
        int after = last.end();
        for (String p : PART_WORDS) {
            if (text.startsWith(p, after)) {
                after += p.length();
                break;
            }
        }
        final int at = after;
        if (at < pred && GROUP_NOUNS.stream().anyMatch(g -> text.startsWith(g, at))) {
            return !(places.size() == 1 && text.startsWith("各地", at)); // 江苏各地: the province's parts
        }
        if (places.size() > 1 || at > last.end()) {
            // 吉林东部、江南东部、华南东北部等地: parts of places listed, counted at the end of the topic
            String tail = text.substring(at, pred);
            if (GROUP_NOUNS.stream().filter(g -> !g.equals("各地")).anyMatch(tail::contains)) {
                return true;
            }
        }
        for (int i = 1; i < places.size(); i++) {
            RegionMention a = places.get(i - 1);
            RegionMention b = places.get(i);
            if (!RegionParts.related(a, b) && joinedAfterPart(text, a.end(), b.start())) {
                return true;
            }
        }
        return false;
    }

    /** A list joiner between two places, after an optional part word of the first (河南北部、山东). */
    static boolean joinedAfterPart(String text, int end, int start) {
        for (String p : PART_WORDS) {
            if (text.startsWith(p, end) && end + p.length() < start) {
                return PlaceLists.joined(text, end + p.length(), start);
            }
        }
        return PlaceLists.joined(text, end, start);
    }

    /**
     * The topic a clause without one of its own continues: the topics of the earlier clauses of the sentence
     * (from {@code sentenceStart} to {@code clauseStart}) when they agree (one region and its parts (not two cities of a province), or one kind of
     * marker); null when there is none or they disagree (上海举行推介会，广东也发布消息，签约项目50个).
     */
    static Topic chained(String text, int sentenceStart, int clauseStart, List<RegionMention> regions) {
        Topic found = null;
        int from = Math.max(sentenceStart, clauseStart - LOOK_BEHIND);
        int start = from;
        while (start < clauseStart) {
            int end = Math.min(clauseEnd(text, start, clauseStart), clauseStart);
            if (end <= start) {
                start++;
                continue;
            }
            Topic t = PlaceCues.timeClauseAfterPlace(text, regions, from, start, end)
                    ? null
                    : topic(text, start, end, regions);
            if (t != null) {
                if (found == null) {
                    found = t;
                } else if (t.kind() == Kind.REGION && frame(text, start) && eventVerbAfter(text, t.region(), end)) {
                    found = t; // 中国国际服装服饰博览会今天在上海开幕: the event's place, not the name's 中国
                } else if (!agree(found, t) && frame(text, start)) {
                    // 五部门今天在江苏惠山、海南琼海、湖北荆门三地启动…: where the topic acts, not another topic
                } else if (!agree(found, t)) {
                    return null;
                } else if (found.kind() == Kind.REGION
                        && RegionParts.contains(
                                found.region().regionCode(), t.region().regionCode())) {
                    found = t; // 福建…，在宁德…: a later part narrows the topic
                }
            }
            start = end + 1;
        }
        return found;
    }

    /** The clause opens with a locative (在江苏惠山…, 于北京…), after the time words that may precede it. */
    static boolean frame(String text, int start) {
        int i = start;
        for (String t : TIME_WORDS) {
            if (text.startsWith(t, i)) {
                i += t.length();
                break;
            }
        }
        return i < text.length() && LOCATIVE_PREPOSITIONS.indexOf(text.charAt(i)) >= 0;
    }

    /** The predicate is 在/于 + a place + an event verb: the place, or null. */
    static RegionMention venue(String text, int pred, int to, List<RegionMention> regions) {
        if (pred >= to || LOCATIVE_PREPOSITIONS.indexOf(text.charAt(pred)) < 0) {
            return null;
        }
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.start() == pred + 1 && !m.inOrganization()) {
                RegionMention place = RegionParts.specific(regions, k);
                return eventVerbAfter(text, place, to) ? place : null;
            }
        }
        return null;
    }

    /** Verbs that make a place an event's place: 在上海开幕, 于成都举行. */
    static final List<String> EVENT_VERBS = List.of("举行", "举办", "召开", "开幕", "闭幕", "开赛", "落幕");

    private static boolean eventVerbAfter(String text, RegionMention place, int end) {
        int i = place.end();
        return i < end && EVENT_VERBS.stream().anyMatch(v -> text.startsWith(v, i));
    }

    private static final List<String> TIME_WORDS = List.of("今天", "明天", "昨天", "目前", "近日", "日前", "同时", "同一天", "当天");

    private static boolean agree(Topic a, Topic b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() != Kind.REGION) {
            return true;
        }
        String x = a.region().regionCode();
        String y = b.region().regionCode();
        return x.equals(y) || RegionParts.contains(x, y) || RegionParts.contains(y, x);
    }

    /** Verbs after which a place is an object (聚焦京津冀协同发展, 服务成渝地区), not the sentence's subject. */
    private static final List<String> OBJECT_VERBS =
            List.of("聚焦", "围绕", "推动", "构建", "服务", "支持", "助力", "融入", "对接", "辐射", "带动", "促进", "深化");

    static boolean objectOfVerb(String text, RegionMention m) {
        for (String v : OBJECT_VERBS) {
            if (m.start() >= v.length() && text.startsWith(v, m.start() - v.length())) {
                return true;
            }
        }
        return false;
    }
}
