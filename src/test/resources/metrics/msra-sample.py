#!/usr/bin/env python3
"""How msra-labels-scope-heldout.tsv and msra-labels-scope-tuning.tsv picked their sentences (issue 15, tenth round;
kept so the pick can be reproduced).

New real text nobody tuned metric rules on: the MSRA NER test split (SIGHAN 2006, People's Daily 1997-98),
../shared/dev/ner-msra-test/msra_test_bio.txt, one character per line with its BIO tag and a blank line between
its 3,442 sentences (used before only for region NER F1). Each MSRA sentence is one "story" of its own, id
msra-test/<0-based sentence index>: the sentence alone is the context. An MSRA sentence is split further with the
rule of io.regionpulse.text.Sentences (xwlb-sample.py's split(): 。！？!?； and line breaks); a part is a candidate
when it holds a figure by a test that does not use our extractor (FIGURE below: Arabic or full-width digits, or a
run of two or more Chinese numerals, not after 第, then optionally 多/余/万/亿, then a unit, a measure word or a percent sign; 百分之N).
The candidates are cut into 10 equal strata in file order and each stratum gives the same number of parts, so both
sets are spread over the whole file:
  heldout: 9 parts per stratum, random.Random(19980101) (90 parts);
  tuning:  7 parts per stratum of the parts left, random.Random(19980102) (70 parts);
  heldout, part 2: every part left that holds a gazetteer place name (as xwlb-sample.py; 31 parts), in the
           order of random.Random(19980103), added before any run when the labels of the first 90 showed only
           24 figures with a region named in their own sentence;
  tuning, part 2 (`tuning2` prints both tuning parts): every figure part left (95, none with a place name), in file
           order, added after the first tuning part's misses were used up, to find more value and unit misses.
Prints id, char offset, length (the text is BMP-only: offsets in code points = UTF-16 units), the whole MSRA
sentence's length and CRC-32 (of its UTF-8 bytes) for the label file's pins, then the part for labelling. The
text is NOT stored in the project.

    python3 src/test/resources/metrics/msra-sample.py ../shared/dev/ner-msra-test/msra_test_bio.txt heldout|tuning|tuning2
"""
import ast, os, random, re, sys, zlib

here = os.path.dirname(os.path.abspath(__file__))
# split() is xwlb-sample.py's: its definitions are run here, not copied (as gne-sample.py does)
_tree = ast.parse(open(os.path.join(here, "xwlb-sample.py"), encoding="utf-8").read())
_defs = [n for n in _tree.body if isinstance(n, ast.FunctionDef)
         or isinstance(n, ast.Assign) and all(getattr(t, "id", "") in ("ENDS", "CLOSERS") for t in n.targets)]
exec(compile(ast.Module(body=_defs, type_ignores=[]), "xwlb-sample.py", "exec"))

NUM = "[0-9０-９][0-9０-９.．]*|[一二三四五六七八九十百千万亿两零〇]{2,}"
UNITS = ("元|美元|港元|日元|马克|法郎|英镑|卢布|人民币|%|％|个百分点|倍|吨|公斤|千克|克|公里|千米|米|平方公里|平方米|"
         "公顷|亩|立方米|千瓦|瓦|度|升|人|名|位|个|家|户|所|座|台|辆|架|艘|件|项|次|场|套|条|册|本|部|种|只|头|株|"
         "棵|批|处|起|支|队|间|张|份|篇|幅|枚|块|根|盏|匹|层|首|集|站|团|组")
# not after 第 (an ordinal), and a Chinese run of one repeated character (一一) is no number
FIGURE = re.compile(f"(?<!第)(?:{NUM})(?:多|余)?(?:万|亿|千|百)?(?:多|余)?(?:{UNITS})|百分之")


def sentences(path):
    out, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                out.append("".join(cur))
                cur = []
            continue
        cur.append(line.split("\t")[0])
    if cur:
        out.append("".join(cur))
    return out


def draw(path, which):
    sents = sentences(path)
    assert len(sents) == 3442, len(sents)
    pool = []
    for i, text in enumerate(sents):
        assert all(ord(c) < 0x10000 for c in text), i
        for s, e in split(text):
            if FIGURE.search(text[s:e]):
                pool.append((i, s, e - s))
    strata = [pool[k * len(pool) // 10:(k + 1) * len(pool) // 10] for k in range(10)]
    rnd = random.Random(19980101)
    heldout = [p for st in strata for p in rnd.sample(st, 9)]
    taken = set(heldout)
    rnd = random.Random(19980102)
    tuning = [p for st in strata for p in rnd.sample([q for q in st if q not in taken], 7)]
    taken |= set(tuning)
    # held-out part 2: every part left that holds a gazetteer place name (xwlb-sample.py's gazetteer_names)
    names = gazetteer_names(os.path.join(here, "../../../../conf/regions"))
    placed = [p for p in pool if p not in taken and any(n in sents[p[0]][p[1]:p[1] + p[2]] for n in names)]
    placed = random.Random(19980103).sample(placed, len(placed))
    taken |= set(placed)
    # tuning, part 2: every figure part left (none holds a gazetteer place name)
    rest = [p for p in pool if p not in taken]
    picked = sorted(heldout) + placed if which == "heldout" else sorted(tuning) + (rest if which == "tuning2" else [])
    print(f"# pool {len(pool)} parts with a figure in {len(set(p[0] for p in pool))} MSRA sentences",
          file=sys.stderr)
    return sents, picked


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/dev/ner-msra-test/msra_test_bio.txt"
    which = sys.argv[2] if len(sys.argv) > 2 else "heldout"
    sents, picked = draw(path, which)
    for i, off, ln in picked:
        text = sents[i]
        crc = "%08x" % (zlib.crc32(text.encode("utf-8")) & 0xFFFFFFFF)
        print(f"msra-test/{i}\t{off}\t{ln}\t{len(text)}\t{crc}\t{text[off:off + ln]}")
