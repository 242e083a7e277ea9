#!/usr/bin/env python3
"""How xwlb-labels-scope-heldout12.tsv and xwlb-labels-scope-tuning12.tsv picked their sentences (issue 15,
twelfth round; run once, kept so the draw can be reproduced).

    python3 xwlb-sample-round12.py ../shared/corpus/xinwenlianbo-2023h1/stories.jsonl heldout12|tuning12

Sentences are split as io.regionpulse.text.Sentences (xwlb-sample.py's split). The pool is every sentence that NO
label file written before this round points at (held-out 11 and tuning 11 included; this round's two files are
skipped, so the draw stays reproducible) and that holds a figure by a test that does not use our extractor (FIGURE,
as in xwlb-sample-round11.py) and a gazetteer place name. The draw is weighted toward the class the done criterion
"national figures are never given a province" fails on:
  HARD      the sentence also holds a national marker (NATIONAL: 全国, 我国, 国家, 中国, 国务院, 中央, a ministry or
            海关总署/国铁集团), so national against province is decided in it;
  ORDINARY  the other place sentences with a figure.
  heldout12: 75 HARD (random.Random(20232301)) and 45 ORDINARY (random.Random(20232302)) sentences.
  tuning12:  from stories NOT in the held-out 12 draw (its first two parts): 25 HARD (random.Random(20232311)) and 20
             ORDINARY (random.Random(20232312)) sentences.
  heldout12, third part, added before any run of the linker on either set, when the pre-fill of the first 120
             sentences gave 35 national figures (40 were aimed at): from stories not in tuning12, every HARD sentence
             left (11, random.Random(20232303)) and 15 sentences with a FIGURE and a NATIONAL marker but no gazetteer
             place name (random.Random(20232304)).
  tuning12, second part (… tuning12b), drawn after the rules from the first part's misses, when those misses were
             used up: from stories in no held-out 12 part, 30 ORDINARY sentences not in the first part
             (random.Random(20232313)) and 20 sentences with a FIGURE and a NATIONAL marker but no place name, of
             stories that name a gazetteer place elsewhere (random.Random(20232314)), where a context or story link can
             give a national figure a province. Labelled before any run of the linker on it.
Prints story_id, char offset, length and the sentence for labelling; the sentence text is NOT stored in the project.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# split() and gazetteer_names() are xwlb-sample.py's: its definitions are run here without its draw
_defs = open(os.path.join(HERE, "xwlb-sample.py"), encoding="utf-8").read()
exec(_defs[: _defs.index("path = sys.argv[1]")])

FIGURE = re.compile(r"[0-9０-９][0-9０-９.．]*(多|余)?[万亿千百]?(多|余)?"
                    r"(%|％|个|名|家|项|人|元|美元|吨|公里|千米|米|亩|公顷|件|台|辆|座|条|所|场|次|户|头|套|艘|架|列|"
                    r"位|平方|立方|千瓦|兆瓦|瓦|度|倍|标箱|只|种|处|份|本|部|公斤|千克|升|片|支)")
NATIONAL = re.compile("全国|我国|国家|中国|国务院|中央|商务部|财政部|教育部|工业和信息化部|工信部|农业农村部|交通运输部|"
                      "人力资源和社会保障部|人社部|住房和城乡建设部|住建部|自然资源部|生态环境部|水利部|文化和旅游部|"
                      "文旅部|应急管理部|公安部|民政部|科技部|海关总署|国铁集团")

names = gazetteer_names(os.path.join(HERE, "../../../../conf/regions"))
labelled = set()
for f in sorted(glob.glob(os.path.join(HERE, "xwlb-labels*.tsv"))):
    if f.endswith("heldout12.tsv") or f.endswith("tuning12.tsv"):
        continue
    for line in open(f, encoding="utf-8"):
        if line.startswith("xwlb-"):
            q = line.split("\t")
            labelled.add((q[0], int(q[1])))
hard, ordinary, nationalOnly = [], [], []
storiesWithPlace = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for s, e in split(d["content"]):
        t = d["content"][s:e]
        if any(n in t for n in names):
            storiesWithPlace.add(d["id"])
        if (d["id"], s) in labelled or not FIGURE.search(t):
            continue
        if not any(n in t for n in names):
            if NATIONAL.search(t):
                nationalOnly.append((d["id"], s, e - s, t))
            continue
        (hard if NATIONAL.search(t) else ordinary).append((d["id"], s, e - s, t))
held = random.Random(20232301).sample(hard, 75) + random.Random(20232302).sample(ordinary, 45)
heldStories = {p[0] for p in held}
tuning = random.Random(20232311).sample([p for p in hard if p[0] not in heldStories], 25) + random.Random(
    20232312).sample([p for p in ordinary if p[0] not in heldStories], 20)
tuningStories = {p[0] for p in tuning}
chosen = {(p[0], p[1]) for p in held}
hardLeft = [p for p in hard if (p[0], p[1]) not in chosen and p[0] not in tuningStories]
held += random.Random(20232303).sample(hardLeft, len(hardLeft))
held += random.Random(20232304).sample([p for p in nationalOnly if p[0] not in tuningStories], 15)
picked = tuning if sys.argv[2] == "tuning12" else held
if sys.argv[2] == "tuning12b":
    allHeldStories = {p[0] for p in held}
    taken = {(p[0], p[1]) for p in tuning}
    picked = random.Random(20232313).sample(
        [p for p in ordinary if p[0] not in allHeldStories and (p[0], p[1]) not in taken], 30)
    picked += random.Random(20232314).sample(
        [p for p in nationalOnly if p[0] not in allHeldStories and p[0] in storiesWithPlace], 20)
for sid, off, ln, t in picked:
    print(f"{sid}\t{off}\t{ln}\t{t}")
