#!/usr/bin/env python3
"""How xwlb-labels-scope-heldout11.tsv and xwlb-labels-scope-tuning11.tsv picked their sentences (issue 15,
eleventh round; run once, kept so the draw can be reproduced).

    python3 xwlb-sample-round11.py ../shared/corpus/xinwenlianbo-2023h1/stories.jsonl heldout11|tuning11

Sentences are split as io.regionpulse.text.Sentences (as xwlb-sample.py does). By the end of the eighth round no
story outside the earlier label files held a sentence with an Arabic digit and a gazetteer place name (every such
sentence had been drawn), so the place sentences come from the sentences that NO label file points at, in the stories
the earlier files touched; the plain digit sentences come from stories in no label file. Every xwlb-labels*.tsv file
written before this round is read (this round's two files are skipped, so the draw stays reproducible).
  heldout11: 30 plain digit sentences of untouched stories (random.Random(20232201)), then 110 unlabelled sentences
             with a digit and a gazetteer place name (random.Random(20232202)); then, added before any labelling or
             run when the pre-fill of the first 140 showed too few figures (106, most of them foreign or national,
             well under 60 with a region named in their own sentence), 70 more place sentences that hold a figure by
             a test that does not use our extractor (FIGURE below: a digit, then an optional magnitude or 多/余, then
             a unit or measure word) (random.Random(20232203)).
  tuning11:  from stories NOT in the held-out draw: 10 plain digit sentences of untouched stories
             (random.Random(20232211)) and 50 unlabelled place sentences with a FIGURE (random.Random(20232212)).
Prints story_id, char offset, length and the sentence for labelling; the sentence text is NOT stored in the project.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# split() (as io.regionpulse.text.Sentences) and gazetteer_names() are xwlb-sample.py's: its definitions are run here
# without its draw, which starts at "path = sys.argv[1]".
_defs = open(os.path.join(HERE, "xwlb-sample.py"), encoding="utf-8").read()
exec(_defs[: _defs.index("path = sys.argv[1]")])

FIGURE = re.compile(r"[0-9０-９][0-9０-９.．]*(多|余)?[万亿千百]?(多|余)?"
                    r"(%|％|个|名|家|项|人|元|美元|吨|公里|千米|米|亩|公顷|件|台|辆|座|条|所|场|次|户|头|套|艘|架|列|"
                    r"位|平方|立方|千瓦|兆瓦|瓦|度|倍|标箱|只|种|处|份|本|部|公斤|千克|升|片|支)")

names = gazetteer_names(os.path.join(HERE, "../../../../conf/regions"))
stories_touched, labelled = set(), set()
for f in sorted(glob.glob(os.path.join(HERE, "xwlb-labels*.tsv"))):
    if f.endswith("heldout11.tsv") or f.endswith("tuning11.tsv"):
        continue
    for line in open(f, encoding="utf-8"):
        if line.startswith("xwlb-"):
            q = line.split("\t")
            stories_touched.add(q[0])
            labelled.add((q[0], int(q[1])))
plain, placed = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for s, e in split(d["content"]):
        t = d["content"][s:e]
        if not any(c.isascii() and c.isdigit() or "０" <= c <= "９" for c in t):
            continue
        if d["id"] not in stories_touched:
            plain.append((d["id"], s, e - s, t))
        elif (d["id"], s) not in labelled and any(n in t for n in names):
            placed.append((d["id"], s, e - s, t))
held = random.Random(20232201).sample(plain, 30) + random.Random(20232202).sample(placed, 110)
chosen = {(p[0], p[1]) for p in held}
held += random.Random(20232203).sample([p for p in placed if (p[0], p[1]) not in chosen and FIGURE.search(p[3])], 70)
picked = held
if sys.argv[2] == "tuning11":
    heldStories = {p[0] for p in held}
    picked = random.Random(20232211).sample([p for p in plain if p[0] not in heldStories], 10) + random.Random(
        20232212).sample([p for p in placed if p[0] not in heldStories and FIGURE.search(p[3])], 50)
for sid, off, ln, t in picked:
    print(f"{sid}\t{off}\t{ln}\t{t}")
