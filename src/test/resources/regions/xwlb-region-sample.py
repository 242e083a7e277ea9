#!/usr/bin/env python3
"""How xwlb-region-labels.tsv picked its sentences (run once; kept so the pick can be reproduced).

Reads ../shared/corpus/xinwenlianbo-2023h1/stories.jsonl, splits each story's `content` into
sentences with the rule of io.regionpulse.text.Sentences (see ../metrics/xwlb-sample.py), and
draws sentences of 8 to 160 characters in two strata with random.Random(seed):
  - `place`: sentences containing 县, 区, 市, 旗, 城市群, 经济圈, 新区, 自贸 or a one-character
    abbreviation pair (where county, group and zone names live);
  - `any`: any sentence (where the traps and the plain province and city names live).
`tune` (seed 20230614) draws 60 + 40; `heldout` (seed 20230615) draws 60 + 40 from the rest.
Prints story_id, char offset, length and the sentence for labelling. The sentence text is NOT
stored in the project: labels refer to it by story id and offset.
"""
import json, random, sys

ENDS = set("。！？!?；\n")
CLOSERS = set("”’」』）)")
PLACE = ("县", "区", "市", "旗", "城市群", "经济圈", "新区", "自贸", "川渝", "港澳", "京津冀", "长三角", "大湾区")


def split(text):
    out, start, i, n = [], 0, 0, len(text)
    while i < n:
        c = text[i]; i += 1
        if c in ENDS:
            while i < n and text[i] in CLOSERS:
                i += 1
            out.append((start, i)); start = i
    out.append((start, n))
    res = []
    for s, e in out:
        while s < e and text[s].isspace(): s += 1
        while e > s and text[e - 1].isspace(): e -= 1
        if e > s: res.append((s, e))
    return res


part = sys.argv[1] if len(sys.argv) > 1 else "tune"
path = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus/xinwenlianbo-2023h1/stories.jsonl"
place, other = [], []
for line in open(path, encoding="utf-8"):
    d = json.loads(line)
    for s, e in split(d["content"]):
        t = d["content"][s:e]
        if 8 <= len(t) <= 160:
            (place if any(p in t for p in PLACE) else other).append((d["id"], s, e - s, t))
r = random.Random(20230614)
tune = r.sample(place, 60) + r.sample(other, 40)
if part == "heldout":
    taken = set(tune)
    r2 = random.Random(20230615)
    rest_p = [x for x in place if x not in taken]
    rest_o = [x for x in other if x not in taken]
    picked = r2.sample(rest_p, 60) + r2.sample(rest_o, 40)
else:
    picked = tune
for sid, off, n, t in picked:
    print(f"{sid}\t{off}\t{n}\t{t}")
