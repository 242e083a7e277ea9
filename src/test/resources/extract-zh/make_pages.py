#!/usr/bin/env python3
"""Writes the hand-labelled Chinese pages of kinds the shared sets lack (forum threads, government
notices in layout tables, blogs, reposts, portals whose link lists outweigh the article).

Every sentence here was written for this project. Each page is NN.html with its gold body in
NN.txt (one paragraph a line) and a row in labels.tsv: id, split (tune / heldout), kind, gold
publish date (empty when the page carries none). Pages 01-16 are for tuning; 17-36 are held out
and were generated once and not looked at while tuning. Rerun: python3 make_pages.py (same output).
"""
import random
from pathlib import Path

HERE = Path(__file__).parent / "pages"

ARTICLES = [
    ["本市今年新增的十二条公交线路已全部开通，覆盖了城东和城南的六个新建居住区。",
     "交通部门表示，新线路开通后，沿线居民到最近的地铁站平均少走了八百米，早高峰候车时间缩短到十分钟以内。",
     "下一步，相关部门还将根据客流变化调整发车间隔，并在两所中学门口增设临时停靠点。"],
    ["老城区的雨污分流改造工程进入收尾阶段，截至上月底已完成管网铺设四十三公里。",
     "施工单位介绍，工程采用分段围挡、夜间作业的方式，尽量减少对沿街商户的影响。",
     "改造完成后，老城区每逢大雨就积水的三处低洼路段将不再出现内涝，河道水质也有望明显好转。"],
    ["记者从县农业农村局了解到，今年全县秋粮播种面积稳定在二十一万亩，其中优质稻占比超过六成。",
     "为了应对前期的持续干旱，县里调拨了三百台抽水设备，组织农技人员分片蹲点指导。",
     "多位种粮大户说，新推广的节水灌溉技术让每亩地少用了三分之一的水，收成却没有受影响。"],
    ["一家本地企业研发的小型农用无人机日前通过了省级鉴定，可在丘陵地带完成播种和植保作业。",
     "该企业负责人说，团队花了三年时间解决山地风向多变带来的飞行稳定问题。",
     "目前这款无人机已在周边五个乡镇试用，单机每天可作业两百亩，比人工效率高出数十倍。"],
    ["市图书馆新馆将于下月起试运行，新馆藏书容量达到两百万册，设有少儿阅览区和古籍修复展示区。",
     "试运行期间，读者凭身份证即可免费办理借阅卡，每人每次最多可借十册图书。",
     "馆方提醒，新馆周边停车位有限，建议读者乘坐公共交通前往。"],
    ["省气象台预计，未来三天我省北部将出现一次明显降温过程，最低气温可降至零下五度。",
     "受冷空气影响，部分山区可能出现道路结冰，请过往车辆减速慢行、注意安全。",
     "农业部门建议种植户提前加固大棚，做好越冬蔬菜的防冻保暖工作。"],
    ["为期两天的全省职业技能大赛在职教园区落下帷幕，来自各地的四百余名选手参加了二十个项目的比拼。",
     "赛场上，电工、焊接和数控加工项目竞争尤为激烈，不少选手是刚毕业一两年的年轻人。",
     "主办方表示，获得一等奖的选手将按规定享受相应的职称评定和奖励政策。"],
    ["社区卫生服务中心本周起开设夜间门诊，周一至周五每天开诊到晚上九点。",
     "中心主任介绍，夜间门诊主要面向上班族和学生，提供常见病诊疗、慢病续方和疫苗咨询服务。",
     "开诊首周已接待患者三百余人次，居民普遍反映看病方便了许多。"],
    ["在刚刚结束的秋季招聘会上，两百多家用人单位提供了六千余个岗位，吸引了近万名求职者到场。",
     "从岗位结构看，智能制造、电子商务和养老护理类岗位需求最旺，部分岗位月薪超过八千元。",
     "人社部门还在现场设置了政策咨询台，为求职者解读创业补贴和技能培训补助的申领办法。"],
    ["沿江绿道二期工程正式向市民开放，新开放段全长九公里，串联起三个滨江公园。",
     "绿道沿线设置了七处休息驿站，提供饮水、充电和自行车维修等便民服务。",
     "园林部门提醒，绿道内禁止机动车通行，夜间骑行请注意佩戴照明设备。"],
    ["今年以来，我区共为一千二百余户困难家庭完成了适老化改造，改造内容包括加装扶手、防滑地面和紧急呼叫装置。",
     "区民政局负责人说，改造前工作人员会逐户上门评估，根据老人的身体状况制定方案。",
     "不少老人表示，改造后在家里走动更安心了，子女在外地工作也少了一份牵挂。"],
    ["一场以非遗手工艺为主题的展览在市博物馆开幕，展出剪纸、竹编、刺绣等作品三百余件。",
     "展览特别设置了互动体验区，观众可以在传承人的指导下亲手制作一件小作品。",
     "展期将持续到明年一月，其间每周六下午还安排有传承人现场讲解。"],
    ["我今天想聊聊自己坚持早起一年之后的变化。最开始只是想多出一点读书的时间，没想到慢慢成了习惯。",
     "早起最难的是前两周，闹钟响了总想再躺五分钟。后来我把手机放到客厅充电，起床就容易多了。",
     "一年下来，我读完了二十多本书，还学会了做几样简单的早餐。最大的收获其实是心态，遇事不再那么着急。"],
    ["上周末带孩子去了一趟郊外的湿地公园，整体体验比预想的好很多。",
     "园区不收门票，但需要提前在线预约。步道修得很平整，推着婴儿车也不费劲。",
     "唯一的遗憾是餐饮选择比较少，建议大家自己带些水和点心。秋天芦苇正好，很适合拍照。"],
    ["最近把家里的旧电脑改装成了一台小型文件服务器，记录一下过程，给有同样想法的朋友参考。",
     "硬件上只加了一块新硬盘，系统选的是一个轻量的发行版，安装过程不到半小时。",
     "需要注意的是家里路由器的端口设置，另外一定要做好定期备份，不然硬盘坏了就得不偿失。"],
    ["请教各位：家里老人想学用智能手机视频通话，有没有什么简单的方法？",
     "我已经教了好几遍，但老人总是记不住要点哪个按钮。手机是去年买的，屏幕挺大。",
     "想问问大家有没有适合老人的设置方式，或者比较好用的简化桌面。先谢谢大家了！"],
]

REPLIES = [
    "可以试试把常用的联系人放到桌面上，点一下头像就能直接拨视频，我家就是这么弄的，效果不错，老人现在每天都主动打过来。",
    "楼主可以把步骤写在一张纸上贴在手机旁边，一步一步照着做，多练几次就熟了，我妈就是这样学会的，现在还会自己发语音。",
    "现在很多手机都有长辈模式，字体和图标都会变大，操作也简单很多，在设置里搜一下就能找到，建议先开这个再慢慢教。",
    "同意楼上的说法，另外别一次教太多，先学会接听，再学拨打，老人有成就感了才愿意继续学，急不得的。",
    "我们家是直接买了一个带屏幕的智能音箱，喊一声就能视频，比手机简单多了，可以考虑一下这个办法。",
    "支持楼主，这个话题很实用，顶一下，希望更多人看到，大家的经验都很有参考价值，我也收藏了。",
    "说得很好，我也有同感，已经收藏了，回头按照大家说的方法试一试，有效果了再回来反馈。",
    "路过看看，学习了，感谢分享，这样的帖子真的很有用，比网上那些长篇大论的教程实在多了。",
]

LINK_TITLES = [
    "全市重点项目建设推进会召开", "我市举办秋季消费季活动", "多部门联合开展食品安全检查", "新建学校项目进展顺利",
    "城区道路改造计划公布", "文旅融合发展论坛举行", "今年首批人才公寓交付使用", "乡村振兴示范村名单公示",
    "全民健身运动会开幕", "河长制工作会议召开", "数字政务服务平台上线", "冬季供暖准备工作启动",
    "高校毕业生就业见习岗位发布", "老旧小区改造进入施工期", "防汛应急演练顺利举行", "农产品展销会开幕",
    "社区志愿服务活动开展", "中小企业融资对接会举办", "城市书房新增五处", "消防安全宣传进校园",
]

COMMENTS = [
    "写得真好，我们小区附近也在修这样的线路，希望早点通车，上下班能方便不少，期待了很久了。",
    "这个政策太好了，点赞！希望能够长期坚持下去，让更多的家庭受益，也希望其他地方能学习借鉴。",
    "请问一下具体的办理地点在哪里？需要带哪些材料？有没有知道的朋友帮忙回复一下，非常感谢。",
    "我去看过了，确实不错，环境很好，工作人员也很热情，推荐大家有空去看看，周末人会多一些。",
    "希望相关部门能够多听听群众的意见，把好事办好，实事办实，不要搞形式主义，大家都看着呢。",
    "文章说得很有道理，不过实际执行起来可能还有不少困难，期待后续的跟踪报道，看看效果怎么样。",
]

SITES = ["城市生活网", "江畔论坛", "山水社区", "清溪县人民政府", "北岭区政务网", "晴川博客", "云帆资讯", "南湖新闻网"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nav(r):
    items = r.sample(["首页", "新闻", "政务", "民生", "文化", "体育", "财经", "科技", "教育", "健康", "旅游", "房产"], 8)
    return "".join(f'<a href="/{i}/">{it}</a> ' for i, it in enumerate(items))


def link_list(r, n, cls):
    items = r.sample(LINK_TITLES, n)
    lis = "".join(f'<li><a href="/news/{r.randint(1000,9999)}.html">{t}</a><span>{r.randint(1,12):02d}-{r.randint(1,28):02d}</span></li>' for t in items)
    return f'<div class="{cls}"><h3>相关新闻</h3><ul>{lis}</ul></div>'


def date_text(r, y, m, d, style):
    hh, mm = r.randint(7, 21), r.randint(0, 59)
    return {
        0: f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        1: f"{y}年{m}月{d}日",
        2: f"{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}",
        3: f"{y}/{m:02d}/{d:02d}",
    }[style]


def forum(r, art, date, site, v):
    post_cls, reply_cls = [("post-first", "post-reply"), ("tiezi louzhu", "tiezi huifu"), ("t_msgfont main", "t_msgfont floor")][v % 3]
    y, m, d = date
    replies = r.sample(REPLIES, 6)
    first = "".join(f"{esc(p)}<br><br>" for p in art)
    reply_html = ""
    for i, rep in enumerate(replies):
        ry = f"{y}-{m:02d}-{min(28, d + 1 + i // 3):02d} {r.randint(8,23):02d}:{r.randint(10,59):02d}"
        reply_html += (f'<table class="plhin"><tr><td class="pls"><a href="/u/{r.randint(100,999)}">用户{r.randint(1000,9999)}</a><br>'
                       f'积分 {r.randint(10,900)}</td><td class="plc"><div class="pi">{i + 2}楼 发表于 {ry}</div>'
                       f'<div class="{reply_cls}">{esc(rep)}</div></td></tr></table>')
    title = "【求助】" + art[0][:14] if v % 2 else art[0][:16]
    return title, f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} - {site}</title></head><body>
<div id="hd"><div class="nav">{nav(r)}</div></div>
<div id="wp"><div class="bm"><a href="/">{site}</a> › <a href="/forum">生活杂谈</a> › 帖子</div>
<h1 class="ts">{esc(title)}</h1><div class="hm">查看: {r.randint(100,9000)} | 回复: {len(replies)}</div>
<table class="plhin"><tr><td class="pls"><a href="/u/1">楼主昵称</a><br>积分 {r.randint(10,900)}</td>
<td class="plc"><div class="pi">楼主 发表于 {date_text(r, y, m, d, 0)}</div><div class="{post_cls}">{first}</div></td></tr></table>
{reply_html}
<div class="pgs"><a href="?page=2">下一页</a></div></div>
<div id="ft">Copyright © {site} 版权所有</div></body></html>"""


def gov(r, art, date, site, v):
    y, m, d = date
    title = "关于" + art[0][:12] + "的通知" if v % 2 else art[0][:15]
    paras = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art)
    menu = "".join(f'<tr><td><a href="/col/{i}">{t}</a></td></tr>' for i, t in enumerate(["政务公开", "政策文件", "通知公告", "人事信息", "办事指南", "互动交流"]))
    byline = f"发布日期：{date_text(r, y, m, d, v % 4)}　来源：{site}办公室　浏览次数：{r.randint(50,3000)}"
    year_only = f'<div class="top">{site} {y}年度政务信息公开专栏</div>' if v % 3 == 0 else ""
    return title, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title></head>
<body>{year_only}<table width="1000" align="center"><tr><td colspan="2"><img src="/banner.jpg"></td></tr>
<tr><td width="220" valign="top"><table class="left">{menu}</table>{link_list(r, 8, "list")}</td>
<td valign="top"><table width="100%"><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/tzgg">通知公告</a></td></tr>
<tr><td align="center"><font size="4"><b>{esc(title)}</b></font></td></tr>
<tr><td align="center" class="fbrq">{byline}</td></tr>
<tr><td>{paras}<p align="right">{site}</p><p align="right">{y}年{m}月{d}日</p></td></tr>
<tr><td>【<a href="javascript:print()">打印本页</a>】【<a href="javascript:close()">关闭窗口</a>】</td></tr></table></td></tr>
<tr><td colspan="2" align="center">主办单位：{site}　ICP备案号：X ICP备00000000号</td></tr></table></body></html>"""


def blog(r, art, date, site, v):
    y, m, d = date
    title = art[0][:15]
    paras = "".join(f"<p>{esc(p)}</p>" for p in art)
    archive = "".join(f'<li><a href="/{y - 1}/{k:02d}/">{y - 1}年{k}月</a></li>' for k in range(1, 13))
    comments = "".join(f'<li class="comment"><div class="comment-author">网友{r.randint(10,99)}</div><div class="comment-body"><p>{esc(c)}</p></div></li>' for c in r.sample(COMMENTS, 4))
    dates = f'<span class="entry-date">{date_text(r, y, m, d, 1 if v % 2 else 3)}</span>'
    return title, f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} | {site}</title></head><body>
<header class="site-header"><div class="site-title">{site}</div><nav>{nav(r)}</nav></header>
<div class="wrap"><main class="site-main"><article class="post type-post"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">{dates} 分类：<a href="/cat/life">生活随笔</a></div>
<div class="entry-content">{paras}</div>
<div class="entry-footer">标签：<a href="/tag/1">生活</a> <a href="/tag/2">记录</a></div></article>
<div class="comments-area"><h3>{r.randint(4,20)} 条评论</h3><ol class="comment-list">{comments}</ol></div></main>
<aside class="sidebar"><h3>文章归档</h3><ul>{archive}</ul>{link_list(r, 6, "widget")}</aside></div>
<footer>© {y} {site}</footer></body></html>"""


def repost(r, art, date, site, v):
    y, m, d = date
    title = art[0][:16]
    other = f"{y - 1}年{r.randint(1,12)}月{r.randint(1,28)}日"
    paras = "".join(f"<p>{esc(p)}</p>" for p in art[:-1]) + f"<p>{esc('早在' + other + '，有关方面就已开始筹备这项工作。')}</p>" + f"<p>{esc(art[-1])}</p>"
    gold = art[:-1] + ["早在" + other + "，有关方面就已开始筹备这项工作。", art[-1]]
    src = r.choice(["晨光日报", "江城晚报", "新区融媒体中心"])
    return title, f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}_{site}</title></head><body>
<div class="top-bar">{nav(r)}</div>
<div class="container"><div class="left-col"><div class="crumb"><a href="/">首页</a> &gt; 转载</div>
<h1>{esc(title)}</h1><div class="info">{date_text(r, y, m, d, 2)}　来源：{src}　作者：记者 王某某</div>
<div class="article-body">{paras}<p class="zhuanzai">（本文转载自{src}，原文链接请见该报网站。如有侵权请联系删除。）</p></div>
<div class="hot-list">{link_list(r, 10, "hot")}</div></div>
<div class="right-col">{link_list(r, 12, "rank")}</div></div>
<div class="footer">关于我们 | 联系方式 | 网站地图</div></body></html>""", gold


def portal(r, art, date, site, v):
    y, m, d = date
    title = art[0][:15]
    paras = "".join(f"<p>{esc(p)}</p>" for p in art)
    big = "".join(f'<div class="item"><a href="/n/{r.randint(1000,9999)}.html">{t}</a><p>{t}，详细内容请点击查看全文，更多精彩报道敬请关注本网站。</p></div>' for t in r.sample(LINK_TITLES, 14))
    date_bit = f'<meta name="publishdate" content="{y}-{m:02d}-{d:02d}">' if v % 2 == 0 else ""
    byline = f'<div class="source">{date_text(r, y, m, d, 0)} 来源：{site}</div>' if v % 2 else ""
    return title, f"""<!DOCTYPE html><html><head><meta charset="utf-8">{date_bit}<title>{esc(title)}</title></head><body>
<div class="header">{nav(r)}</div><div class="main"><div class="l">
<h1>{esc(title)}</h1>{byline}<div class="TRS_Editor">{paras}</div><div class="bianji">责任编辑：张某</div></div>
<div class="r"><div class="feed">{big}</div></div></div><div class="bottom">版权所有 {site}</div></body></html>"""


KINDS = [("forum", forum), ("gov", gov), ("blog", blog), ("repost", repost), ("portal", portal)]


def main():
    HERE.mkdir(parents=True, exist_ok=True)
    rows = ["id\tsplit\tkind\tdate"]
    for n in range(1, 37):
        r = random.Random(1000 + n)
        kind, fn = KINDS[(n - 1) % len(KINDS)]
        art = ARTICLES[(n * 7) % len(ARTICLES)]
        if kind == "forum":
            art = ARTICLES[15] if n % 2 else ARTICLES[12 + n % 3]
        date = (r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 27))
        site = r.choice(SITES)
        out = fn(r, art, date, site, n)
        title, html = out[0], out[1]
        gold = out[2] if len(out) > 2 else art
        has_date = not (kind == "portal" and n % 4 == 0)
        if not has_date:
            html = html.replace('<meta name="publishdate"', '<meta name="x-none"')
            html = html.replace(f"{date[0]}-{date[1]:02d}-{date[2]:02d}", "")
        pid = f"{n:02d}"
        (HERE / f"{pid}.html").write_text(html, encoding="utf-8")
        (HERE / f"{pid}.txt").write_text("\n".join(gold) + "\n", encoding="utf-8")
        split = "tune" if n <= 16 else "heldout"
        d = f"{date[0]}-{date[1]:02d}-{date[2]:02d}" if has_date else ""
        rows.append(f"{pid}\t{split}\t{kind}\t{d}")
    (HERE.parent / "labels.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
