"""Score extracted records against gold records.

Gold keeps strings as written (inflected, any word order), and extraction may pick a different but equivalent
surface form, so every comparison is lenient: case-insensitive, on crude stems (case endings of Russian and Kyrgyz
stripped), token-sorted, and fuzzy (rapidfuzz). Names also match on surname plus compatible initials
("Бекова А.Т." = "Айгуль Бековой"). Each field is counted as true / false positives and false negatives, summed over
documents (micro average):

- people: moderators + speakers, matched one to one; a predicted person who matches a gold `other_persons` entry counts
  as neither a true nor a false positive;
- role: a matched person in the right list; post, org: slots of the people (null slots are not counted; an
  organisation the gold writes inside the post phrase is accepted either way, and so is a territory next to a
  post — "мэр Каракола" — whether written as area, organisation or inside the post, and an area written inside
  the organisation or beside it, and a sub-unit counted with the post by one side and with the body by the
  other when post + organisation are the same phrase);
- proposals, regions: lists matched one to one; event date (exact), city, venue, title: single slots;
  participants: the three counts (exact).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz

from kenesh.errors import InputError

FIELDS = ("people", "role", "post", "org", "proposals", "date", "city", "venue", "title", "participants", "regions")

# endings stripped for comparison (Russian, Kyrgyz, English), longest first
_ENDINGS = sorted(set("""
ами ями ого его ому ему ыми ими ой ей ий ый ая яя ое ее ые ие ых их ом ем ам ям ах ях ов ев ью ия ие ию ии
а я о е ы и у ю ь
нын нин нун нүн дын дин дун дүн тын тин тун түн ын ин ун үн
га ге ка ке го гө ко кө на не
да де та те до дө то тө нда нде
дан ден тан тен дон дөн тон төн нан нен
ны ни ну нү ды ди ду дү ты ти ту тү
сы си су сү
дагы деги тагы теги догу дөгү тогу төгү ндагы ндеги
лар лер лор лөр дар дер тар тер
s es 's ’s
""".split()), key=len, reverse=True)
_QUOTES = str.maketrans({c: " " for c in "«»“”„\"'‘’`*"})


def _stem(token: str, passes: int = 2) -> str:
    for _ in range(passes):
        for e in _ENDINGS:
            if token.endswith(e) and len(token) - len(e) >= 3:
                token = token[: -len(e)]
                break
        else:
            break
    return token


def stems(text: str | None) -> list[str]:
    """Lower-cased, ё-folded, quote-free tokens with case endings stripped."""
    if not text:
        return []
    t = unicodedata.normalize("NFKC", text).lower().replace("ё", "е").translate(_QUOTES)
    return [_stem(w) for w in re.findall(r"\w+", t)]


def similarity(a: str | None, b: str | None) -> float:
    """0..100: token-sort similarity of the stems, with subset lenience when lengths are close."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    ja, jb = " ".join(sa), " ".join(sb)
    score = max(fuzz.token_sort_ratio(ja, jb), fuzz.ratio(ja, jb))
    short, long_ = sorted((len(sa), len(sb)))
    if short / long_ >= 0.7:
        score = max(score, fuzz.token_set_ratio(ja, jb) - 5)
    return float(score)


def similar(a: str | None, b: str | None, threshold: float = 80.0) -> bool:
    if similarity(a, b) >= threshold:
        return True
    # one word in two case forms the stemmer cuts differently ("Костанае" / "Костанай", "Владивостоке")
    wa, wb = (re.findall(r"\w[\w-]*", (x or "").lower().replace("ё", "е")) for x in (a, b))
    if len(wa) == 1 and len(wb) == 1:
        x, y = wa[0], wb[0]
        common = len(os.path.commonprefix([x, y]))
        return common >= 5 and common >= 0.7 * max(len(x), len(y))
    return False


def _initials_and_words(name: str) -> tuple[list[str], list[str]]:
    t = unicodedata.normalize("NFKC", name).replace("ё", "е")
    words = [w for w in re.findall(r"[^\W\d_]{2,}", t) if not re.fullmatch(r"(?i)zh|sh|ch|kh|ts|yu|ya", w)
             or len(w) > 2]
    initials = [m.lower() for m in re.findall(r"([^\W\d_](?:[hH])?)\.", t)]
    long_words = [w for w in words if len(w) > 2 and w.lower() not in ("uulu", "kyzy", "уулу", "кызы")]
    return [i for i in initials], [w.lower() for w in long_words]


def name_similarity(a: str, b: str) -> float:
    """Names: fuzzy on stems (any order), or same surname with compatible initials / given names."""
    score = similarity(a, b)
    if score >= 85:
        return score
    ia, wa = _initials_and_words(a)
    ib, wb = _initials_and_words(b)
    for x in wa:
        for y in wb:
            if any(fuzz.ratio(_stem(x, i), _stem(y, j)) >= 88 and len(_stem(x, i)) >= 4
                   for i in range(2) for j in range(2)):
                rest_a = [w[0] for w in wa if w != x] + [i[0] for i in ia]
                rest_b = [w[0] for w in wb if w != y] + [i[0] for i in ib]
                if not rest_a or not rest_b or rest_a[0] in rest_b or rest_b[0] in rest_a:
                    return 86.0
    return score


@dataclass
class Count:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, other: "Count") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f, 4)}


def _match(pred: list[Any], gold: list[Any], score, threshold: float) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Greedy one-to-one matching on the best scores above a threshold."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _person_names(p: dict) -> list[str]:
    names = [p.get("name") or ""]
    if p.get("normalized"):
        names.append(p["normalized"])
    names += [v for v in p.get("variants") or [] if len(re.findall(r"\w+", v)) >= 2]
    return [n for n in names if n]


def _person_score(p: dict, g: dict) -> float:
    return max(name_similarity(a, b) for a in _person_names(p) for b in _person_names(g))


def _list_count(pred: list[str], gold: list[str], threshold: float = 80.0) -> Count:
    m = _match(pred, gold, similarity, threshold)
    return Count(tp=len(m), fp=len(pred) - len(m), fn=len(gold) - len(m))


def _slot(pred: Any, gold: Any, same) -> Count:  # type: ignore[no-untyped-def]
    if pred in (None, "") and gold in (None, ""):
        return Count()
    if pred in (None, ""):
        return Count(fn=1)
    if gold in (None, ""):
        return Count(fp=1)
    return Count(tp=1) if same(pred, gold) else Count(fp=1, fn=1)


def _people(pred_rec: dict, gold_rec: dict) -> dict[str, Count]:
    def people(rec: dict) -> list[tuple[str, dict]]:
        return [("moderator", p) for p in rec.get("moderators") or []] + \
               [("speaker", p) for p in rec.get("speakers") or []]

    pp, gp = people(pred_rec), people(gold_rec)
    others = gold_rec.get("other_persons") or []
    matches = _match([p for _, p in pp], [g for _, g in gp], _person_score, 85.0)
    matched_p = {i for i, _ in matches}
    ignored = {i for i, (_, p) in enumerate(pp) if i not in matched_p
               and any(_person_score(p, o) >= 85 for o in others)}
    counted_p = [i for i in range(len(pp)) if i not in ignored]
    c = {k: Count() for k in ("people", "role", "post", "org")}
    c["people"] = Count(tp=len(matches), fp=len(counted_p) - len(matches), fn=len(gp) - len(matches))
    c["role"] = Count(tp=sum(1 for i, j in matches if pp[i][0] == gp[j][0]))
    c["role"].fp = len(counted_p) - c["role"].tp
    c["role"].fn = len(gp) - c["role"].tp
    pair = dict(matches)
    for i in counted_p:
        p = pp[i][1]
        g = gp[pair[i]][1] if i in pair else {}
        ppost, porg, gpost, gorg = p.get("post"), p.get("org"), g.get("post"), g.get("org")
        if i in pair and porg and not gorg and gpost and ppost and similar(f"{ppost} {porg}", gpost):
            c["post"].add(Count(tp=1))  # the gold writes the organisation inside the post phrase
            continue
        if i in pair and gorg and not porg and ppost and gpost and similar(ppost, f"{gpost} {gorg}"):
            c["post"].add(Count(tp=1))
            continue
        garea, parea = g.get("area"), p.get("area")
        if i in pair and garea and not gorg and ppost and gpost:
            # a territory next to the post ("мэр Каракола", "Кара-Суу районунун акими"): gold writers file it as area,
            # as organisation or inside the post; all three readings are accepted
            if similar(ppost, f"{gpost} {garea}") or similar(ppost, f"{garea} {gpost}"):
                c["post"].add(Count(tp=1))
                if porg:
                    c["org"].add(Count(fp=1))
                continue
            if porg and similar(porg, garea) and similar(ppost, gpost):
                c["post"].add(Count(tp=1))
                continue
        if i in pair and parea and not porg and gorg and similar(parea, gorg) and ppost and gpost and \
                similar(ppost, gpost):
            c["post"].add(Count(tp=1))
            continue
        if i in pair and ppost and gpost and porg and gorg and not similar(ppost, gpost) and \
                _same_phrase_split_elsewhere(ppost, porg, gpost, gorg):
            # "Россиядагы өкүлчүлүгүнүн башчысы | министрлигинин" vs "башчысы | министрлигинин Россиядагы
            # өкүлчүлүгүнүн": one phrase, the sub-unit counted with the post by one side, with the body by the other
            c["post"].add(Count(tp=1))
            c["org"].add(Count(tp=1))
            continue
        c["post"].add(_slot(ppost, gpost, lambda a, b: similar(a, b, 80)))
        # an area is written inside the organisation by one side and apart by the other ("МОМ в Казахстане" | "МОМ"
        # + area "Казахстане"): the organisation is the same
        c["org"].add(_slot(porg, gorg, lambda a, b: similar(a, b, 80) or
                           (bool(garea) and similar(a, f"{b} {garea}", 80)) or
                           (bool(parea) and similar(f"{a} {parea}", b, 80))))
    for j, (_, g) in enumerate(gp):
        if j not in pair.values():
            c["post"].add(_slot(None, g.get("post"), similar))
            c["org"].add(_slot(None, g.get("org"), similar))
    return c


def _same_phrase_split_elsewhere(ppost: str, porg: str, gpost: str, gorg: str) -> bool:
    """Post + organisation read as one phrase are the same, and so is the post's head word (its first word in
    Russian / English, its last in Kyrgyz): the two sides only put the sub-unit on different sides of the split."""
    sp, sg = stems(ppost), stems(gpost)
    if not sp or not sg:
        return False
    same_head = sp[0] == sg[0] or sp[-1] == sg[-1]
    whole = similar(f"{porg} {ppost}", f"{gorg} {gpost}", 90) or similar(f"{ppost} {porg}", f"{gpost} {gorg}", 90)
    return same_head and whole


def score_record(pred: dict, gold: dict) -> dict[str, Count]:
    """Counts per field for one document."""
    out = _people(pred, gold)
    out["proposals"] = _list_count(list(pred.get("proposals") or []), list(gold.get("proposals") or []), 80.0)
    pe, ge = pred.get("event") or {}, gold.get("event") or {}
    out["date"] = _slot(pe.get("date"), ge.get("date"), lambda a, b: a == b)
    out["city"] = _slot(pe.get("city"), ge.get("city"), lambda a, b: similar(a, b, 85))
    out["venue"] = _slot(pe.get("venue"), ge.get("venue"), lambda a, b: similar(a, b, 75))
    out["title"] = _slot(pe.get("title"), ge.get("title"), lambda a, b: similar(a, b, 75))
    part = Count()
    pp, gp = pred.get("participants") or {}, gold.get("participants") or {}
    for k in ("total", "women", "men"):
        part.add(_slot(pp.get(k), gp.get(k), lambda a, b: int(a) == int(b)))
    out["participants"] = part
    out["regions"] = _list_count(list(pred.get("regions") or []), list(gold.get("regions") or []), 80.0)
    return out


# ---------------------------------------------------------------------------------------------------------------
# files

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")


def _load_records(path: Path) -> list[dict]:
    try:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path.name}: not a JSON record file ({exc})") from None
    return data if isinstance(data, list) else [data]


def _inputs(input_dir: Path) -> tuple[dict[str, dict], dict[str, Path]]:
    records: dict[str, dict] = {}
    reports: dict[str, Path] = {}
    files: Iterable[Path] = [input_dir] if input_dir.is_file() else sorted(input_dir.rglob("*"))
    for f in files:
        if not f.is_file():
            continue
        if f.suffix in (".json", ".jsonl"):
            for rec in _load_records(f):
                if isinstance(rec, dict) and rec.get("source"):
                    records.setdefault(Path(rec["source"]).stem, rec)
        elif f.suffix.lower() in REPORT_SUFFIXES:
            reports.setdefault(f.stem, f)
    return records, reports


def evaluate(gold_dir: str | Path, input_dir: str | Path) -> dict:
    """Precision, recall and F1 per field, per document and overall (micro), of inputs against gold records.

    `input_dir` may hold reports (extracted here) or records (.json / .jsonl, matched by `source` stem).
    """
    gold_dir, input_dir = Path(gold_dir), Path(input_dir)
    if not gold_dir.exists():
        raise InputError(f"{gold_dir}: no such gold directory")
    if not input_dir.exists():
        raise InputError(f"{input_dir}: no such input directory")
    golds = []
    gfiles = [gold_dir] if gold_dir.is_file() else sorted(gold_dir.glob("*.json")) + sorted(gold_dir.glob("*.jsonl"))
    for f in gfiles:
        golds += [g for g in _load_records(f) if isinstance(g, dict) and g.get("source")]
    if not golds:
        raise InputError(f"{gold_dir}: no gold records (*.json with a 'source')")
    records, reports = _inputs(input_dir)
    docs: dict[str, dict] = {}
    overall = {k: Count() for k in FIELDS}
    missing = []
    for g in golds:
        stem = Path(g["source"]).stem
        pred = records.get(stem)
        if pred is None and stem in reports:
            from kenesh.extract import extract_file

            pred = extract_file(reports[stem])
        if pred is None:
            missing.append(stem)
            pred = {}
        counts = score_record(pred, g)
        docs[stem] = {k: counts[k].as_dict() for k in FIELDS}
        for k in FIELDS:
            overall[k].add(counts[k])
    return {"documents": docs, "overall": {k: overall[k].as_dict() for k in FIELDS}, "missing": missing}


def format_report(result: dict, fmt: str = "table") -> str:
    """Render `evaluate`'s result as a text table (F1 per document, P/R/F1 overall) or JSON."""
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2)
    if fmt != "table":
        raise InputError(f"unknown format '{fmt}' (table or json)")
    short = {"participants": "partic", "proposals": "propos"}
    cols = [short.get(k, k) for k in FIELDS]
    width = max([8] + [len(s) for s in result["documents"]])
    lines = ["F1 per document".ljust(width) + "  " + " ".join(c.rjust(7) for c in cols)]
    for stem, d in result["documents"].items():
        cells = []
        for k in FIELDS:
            c = d[k]
            cells.append("      -" if not (c["tp"] or c["fp"] or c["fn"]) else f"{c['f1']:7.2f}")
        lines.append(stem.ljust(width) + "  " + " ".join(cells))
    lines.append("")
    lines.append("overall".ljust(14) + "precision  recall      f1    tp    fp    fn")
    for k in FIELDS:
        c = result["overall"][k]
        lines.append(f"{k:<14}{c['precision']:9.3f}{c['recall']:8.3f}{c['f1']:8.3f}"
                     f"{c['tp']:6.0f}{c['fp']:6.0f}{c['fn']:6.0f}")
    if result.get("missing"):
        lines.append("")
        lines.append("no input for: " + ", ".join(result["missing"]))
    return "\n".join(lines)


__all__ = ["evaluate", "format_report", "score_record", "similarity", "similar", "name_similarity", "FIELDS"]
