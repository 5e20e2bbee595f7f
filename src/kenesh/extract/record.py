"""Assemble the record (schema/record.schema.json + extension keys) and the span of every extracted item.

Every string in the record is copied from the text, so each has a span in `spans` ("speakers/0/post",
"proposals/2", "event/city", ...) that the graph cites; normalised forms (`normalized`, `regions_normalized`, the
city in its base form) are extra and point at the mention they come from.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from kenesh.extract import fields as F
from kenesh.extract import lexicon, morph
from kenesh.extract.counts import find_counts
from kenesh.extract.issues import find_issues
from kenesh.extract.names import Person, next_sentence_quotes_pronoun, find_mentions, group
from kenesh.extract.normalize import normalize_name, normalize_region
from kenesh.extract.places import find_countries, find_regions, region_key
from kenesh.extract.posts import (PostInfo, org_after_name, org_in_brackets, org_possessive_before, post_after,
                                  post_before, post_in_entry)
from kenesh.extract.proposals import extract as extract_proposals
from kenesh.extract.roles import role_of
from kenesh.extract.segment import Doc, segment

Span = tuple[int, int]
_RU_SEP = re.compile(r"^(?:а\s+также|and\s+as\s+well\s+as|as\s+well\s+as|также)$", re.I)


def _text(doc: Doc, span: Span) -> str:
    return re.sub(r"\s+", " ", doc.text[span[0]:span[1]]).strip()


def _clean_span(doc: Doc, span: Span) -> Span:
    s, e = span
    while s < e and doc.clean[s] in " \n":
        s += 1
    while e > s and doc.clean[e - 1] in " \n":
        e -= 1
    return s, e


def _mention_tokens(doc: Doc, people: list[Person]) -> set[int]:
    """ids of the tokens that lie inside any person mention (computed once per document)."""
    starts = [t.start for t in doc.tokens]
    out: set[int] = set()
    for p in people:
        for m in p.mentions:
            i = bisect.bisect_left(starts, m.start)
            while i < len(doc.tokens) and doc.tokens[i].start < m.end:
                out.add(id(doc.tokens[i]))
                i += 1
    return out


def _person_post(doc: Doc, person: Person, mention_tokens: set[int]) -> PostInfo | None:
    """The first post found next to any mention (after the name, before it, or in the dash layout)."""
    for m in person.mentions:
        if m.sent < 0:
            continue
        sent = doc.sentences[m.sent]
        entry = _entry_of(doc, m, mention_tokens)
        if entry is not None:
            info = post_in_entry(doc, entry[0], entry[1], (m.start, m.end))
            if info and info.post:
                return info
        toks = sent.tokens
        first = next((i for i, t in enumerate(toks) if t.start >= m.start), None)
        last = next((i for i, t in enumerate(toks) if t.start >= m.end), len(toks))
        if first is None:
            continue
        stop = {i for i, t in enumerate(toks) if id(t) in mention_tokens and i >= last}
        seg_start = 0
        skip_to = None
        for i in range(first - 1, -1, -1):
            t = toks[i]
            if skip_to is not None:
                if i > skip_to:
                    continue
                skip_to = None
                continue
            if t.text == ")":
                # a short bracketed note inside the phrase before the name ("Аппарата Акыйкатчы (Омбудсмена)
                # Кыргызской Республики", "ОО «...» (г. Кызыл-Кия)"): skip it, it does not end the segment
                o = next((k for k in range(i - 1, max(-1, i - 7), -1) if toks[k].text in "()"), None)
                if o is not None and toks[o].text == "(" and \
                        not any(id(toks[k]) in mention_tokens or toks[k].text in ",;:" for k in range(o + 1, i)):
                    skip_to = o
                    continue
            if (t.text == ")" and i >= 2 and toks[i - 2].text == "(" and toks[i - 1].text.isupper()) or \
                    (t.text == "(" and i + 2 < first and toks[i + 2].text == ")" and toks[i + 1].text.isupper()):
                continue  # an abbreviation in brackets inside an organisation name: "уюмунун (ЭМУ)"
            if id(t) in mention_tokens or t.text in ":;()" or _RU_SEP.match(t.text):
                seg_start = i + 1
                break
            if t.text == "," and i + 1 < len(toks) and (id(toks[i + 1]) in mention_tokens or i + 1 == first):
                seg_start = i + 1 if i + 1 != first else first
                break
        dash_before = first > 0 and toks[first - 1].text in "—–-"
        order = ("before", "after") if dash_before else ("after", "before")
        for how in order:
            if how == "after" and (m.kind != "surname" or
                                   re.match(r"\s*,\s*who\s+(?:is|was|heads|leads|coordinates|chairs|runs|manages|directs)\b",
                                            doc.clean[m.end:m.end + 30]) or
                                   re.search(r"(?:\b[Гг]-(?:н|жа)|\bг-н|\b(?:Mr|Ms|Mrs|Dr)\.?)\s*$",
                                             doc.clean[max(0, m.start - 6):m.start])):
                # (or after an honorific: "Г-н Петров, представитель МОМ, ...", "Ms Akhmetova, a lawyer, ...")
                # (a surname alone only with an unmistakable apposition: "Rahimova, who coordinates the ... office")
                info = post_after(doc, toks, last, stop)
            elif how == "before":
                info = post_before(doc, toks, first, seg_start) if seg_start < first else None
                if info and info.post and not info.org and info.post[1] <= toks[first].start:
                    info.org = org_after_name(doc, toks, last)
            else:
                info = None
            if how == "after" and info and info.post and seg_start < first and \
                    re.match(r"\s*,\s*who\s", doc.clean[m.end:m.end + 10]):
                # "Counsellor Azamat T., who heads the consular section": the post written before the name is the
                # person's post; the clause after it says what the person does
                before = post_before(doc, toks, first, seg_start)
                if before and before.post:
                    return before
            if info and (info.post or (how == "after" and info.org)):
                return info
        # English "The deputy khokim of Osh region, Aibek X, said": the post is closed off by commas before the name
        # ... also at the end of a clause ("The hearing was chaired by the committee's chairman, Nodirbek X.")
        if doc.lang in ("en", "ru") and first >= 2 and toks[first - 1].text == "," and m.kind != "surname" and \
                (last >= len(toks) or toks[last].text in (",", ".")):
            info = post_before(doc, toks, first - 1, 0)
            lead = doc.clean[toks[0].start:min(info.post[0], info.org[0] if info.org else info.post[0])].strip() \
                if info and info.post else "x"
            if doc.lang == "ru":
                # "С информацией выступил директор департамента ..., Эркин Сыдыков.": the post follows the verb
                words = re.findall(r"[\w-]+", lead)
                if info and words and words[-1].islower() and morph.is_verb_ru(words[-1]):
                    return info
                continue
            if lead.lower() in ("", "the", "a", "an") or re.fullmatch(r"(?:(?i:the)\s+)?[\w-]+['’]s", lead) or \
                    re.search(r"[,—–]\s*(?:(?i:the|a|an)\s*)?$", lead) or \
                    re.fullmatch(r"(?i)according\s+to(?:\s+the)?", lead) or \
                    re.search(r"(?i)(?:^|\s)(?:by|with|from|to|said|says)(?:\s+(?:the|a|an))?(?:\s+[\w-]+['’]s)?$", lead):
                return info
    # an organisation without a post, right after a full mention of the name:
    # English/Russian "Aida X of the Association of Lawyers called for ...", "Айгуль X из ОФ ...";
    # any language "Айнура Токтогулова (ОФ «Мээрим»)", "Aibek Osmonov (IOM Kyrgyzstan)"
    finders = ([org_after_name] if doc.lang in ("en", "ru") else []) + [org_in_brackets]
    for finder in finders:
        for m in person.mentions:
            if m.kind != "full" or m.sent < 0:
                continue
            toks = doc.sentences[m.sent].tokens
            last = next((i for i, t in enumerate(toks) if t.start >= m.end), len(toks))
            org = finder(doc, toks, last)
            if org:
                return PostInfo(org=org)
    for m in person.mentions:
        if m.kind == "full" and m.sent >= 0:
            toks = doc.sentences[m.sent].tokens
            first = next((i for i, t in enumerate(toks) if t.start >= m.start), None)
            org = org_possessive_before(doc, toks, first) if first is not None else None
            if org:
                return PostInfo(org=org)
    return None


def _entry_of(doc: Doc, m, mention_tokens: set[int]) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The list item (or bracket after the name) that holds a mention and no other name, if the name is in one."""
    sent = doc.sentences[m.sent]
    block = doc.blocks[sent.block]
    after = doc.clean[m.end:m.end + 3]
    if after.lstrip().startswith("("):
        close = doc.clean.find(")", m.end, block.end)
        note = doc.clean[m.end:close].lower() if close != -1 else ""
        if close != -1 and (not block.list_item or "," in note):
            return m.start, close
        # "1. Azamat Isakov (UNDP), climate adaptation specialist - ...": the bracket is one piece of the entry
        # "- Almaz K. Dzhumabaev (also spelt Jumabaev), consul, ...": a note on the name, the entry goes on
    start = block.start
    if block.label == "moderator":
        # "Moderator: Dr X, Associate Professor, Y University" reads like a list entry after its label
        start = doc.clean.find(":", block.start, block.end) + 1
    elif not block.list_item:
        return None
    brackets = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", doc.clean[block.start:block.end])]
    others = [t for t in doc.sentences[m.sent].tokens if id(t) in mention_tokens and not (m.start <= t.start < m.end)
              and not any(a <= t.start - block.start < b for a, b in brackets)]
    others += [t for s in doc.sentences if s.block == sent.block and s is not sent for t in s.tokens
               if id(t) in mention_tokens]
    if others:
        return None
    return start, block.end


def _mentions_in(people: list[Person], sent: int) -> bool:
    return any(m.sent == sent for p in people for m in p.mentions)


def _quoted_people(doc: Doc, people: list[Person]) -> set[int]:
    """People to whom a quote is attributed (mention right after a closing quote / dash)."""
    out: set[int] = set()
    for i, p in enumerate(people):
        for m in p.mentions:
            before = doc.clean[max(0, m.start - 40):m.start]
            if re.search(r"[»”\"]\s*,?\s*[-—–]?\s*(?:\w+\s+){0,2}$", before) or \
                    re.search(r",\s*[—–]\s*\w+\s*$", before) or re.search(r"\bsaid\s*$", before) or \
                    re.match(r"\*{0,2}\s*:\s*[«\"“„]", doc.clean[m.end:m.end + 6]):
                out.add(i)  # (also "Гүлмира Токтосун кызы: «...»": the quote follows the name and a colon)
            elif m.sent >= 0 and next_sentence_quotes_pronoun(doc.clean, doc.sentences[m.sent].end, doc.lang) and \
                    m.sent + 1 < len(doc.sentences) and \
                    not _mentions_in(people, m.sent + 1):
                out.add(i)  # "Бекзат пять лет работал в Казани. «...», — сказал он.": the next sentence quotes him
    return out


def build(doc: Doc, source: str, sha256: str | None = None) -> dict[str, Any]:
    spans: dict[str, list[int]] = {}
    lang = doc.lang

    # people
    mentions = find_mentions(doc)
    people = group(doc, mentions)
    quoted = _quoted_people(doc, people)
    mention_tokens = _mention_tokens(doc, people)
    moderators: list[dict[str, Any]] = []
    speakers: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    person_name: dict[int, str] = {}
    entries: list[tuple[str, int, dict[str, Any], dict[str, Span]]] = []
    for i, p in enumerate(people):
        info = _person_post(doc, p, mention_tokens)
        role = role_of(doc, p, info is not None, i in quoted)
        main = p.main()
        name = _text(doc, (main.start, main.end))
        rec: dict[str, Any] = {"name": name}
        pspans: dict[str, Span] = {"name": (main.start, main.end)}
        norm = normalize_name(name.split(), lang)
        if norm != name:
            rec["normalized"] = norm
        variants = []
        for m in p.mentions:
            v = _text(doc, (m.start, m.end))
            if v != name and v not in variants:
                variants.append(v)
        if variants:
            rec["variants"] = variants
        if info and info.org:
            # a separator that opens a list entry piece ("– Таласский филиал ...", ", Public Organisation ...")
            s0, e0 = info.org
            while s0 < e0 and doc.text[s0] in " \n,;:–—-":
                s0 += 1
            # "the Bishkek-based NGO ...": where the body sits is not part of its name
            based = re.match(r"(?:(?:the|a|an)\s+)?[A-Z][\w'’-]*-based\s+", doc.text[s0:e0])
            if based and based.end() < e0 - s0:
                s0 += based.end()
            info.org = (s0, e0) if s0 < e0 else None
        rec["post"] = _text(doc, info.post) if info and info.post else None
        rec["org"] = _text(doc, info.org) if info and info.org else None
        if info and info.post:
            pspans["post"] = info.post
        if info and info.org:
            pspans["org"] = info.org
        if info and info.area:
            rec["area"] = _text(doc, info.area)
            pspans["area"] = info.area
        if info and info.other:
            rec["other"] = [_text(doc, o) for o in info.other]
            for k, o in enumerate(info.other):
                pspans[f"other/{k}"] = o
        person_name[i] = name
        entries.append((role, i, rec, pspans))
    entries.sort(key=lambda x: people[x[1]].mentions[0].start)
    for role, i, rec, pspans in entries:
        if role == "moderator":
            lst, key = moderators, "moderators"
        elif role == "speaker":
            lst, key = speakers, "speakers"
        else:
            rec["role"] = "attendee"
            lst, key = others, "other_persons"
        idx = len(lst)
        lst.append(rec)
        for k, sp in pspans.items():
            spans[f"{key}/{idx}/{k}"] = [sp[0], sp[1]]
    listed = {i for role, i, _, _ in entries if role in ("moderator", "speaker")}

    # event
    fields = F.labelled(doc)
    date = F.event_date(doc, fields)
    city = F.event_city(doc, fields)
    venue = F.event_venue(doc, fields, date, city)
    title_span, title = F.event_title(doc)
    topic_span, topic = F.topic_of(doc, title)
    org_spans = F.organizers(doc, fields)
    event: dict[str, Any] = {
        "title": title,
        "topic": topic,
        "date": date.iso() if date else None,
        "city": city.name if city else None,
        "venue": _text(doc, venue) if venue else None,
        "organizers": [_text(doc, s) for s in org_spans],
    }
    if date:
        spans["event/date"] = [date.start, date.end]
    if city:
        spans["event/city"] = [city.start, city.end]
    if venue:
        spans["event/venue"] = list(venue)
    if title_span:
        spans["event/title"] = list(_clean_span(doc, title_span))
    if topic_span:
        spans["event/topic"] = list(topic_span)
    for k, s in enumerate(org_spans):
        spans[f"event/organizers/{k}"] = list(s)
    etype = next((t for t, rx in lexicon.event_types() if title and rx.search(title)), None)
    if etype is None and title_span and fields.get("title") and doc.blocks:
        head = doc.clean[doc.blocks[0].start:doc.blocks[0].end]  # a labelled title: the type from the heading
        etype = next((t for t, rx in lexicon.event_types() if rx.search(head)), None)
    if etype:
        event["type"] = etype

    # proposals
    props = extract_proposals(doc, people)
    proposals = []
    proposals_by = []
    for k, pr in enumerate(props):
        proposals.append(_text(doc, (pr.start, pr.end)))
        proposals_by.append(person_name.get(pr.by) if pr.by is not None and pr.by in listed else None)
        spans[f"proposals/{k}"] = [pr.start, pr.end]

    # counts
    sents = [(s.start, s.end) for s in doc.sentences]
    counts = find_counts(doc.clean, sents, lang)
    for k in ("total", "women", "men"):
        if counts.spans and k in counts.spans:
            spans[f"participants/{k}"] = list(counts.spans[k])

    # regions and countries
    regions = []
    regions_norm = []
    seen = set()
    for p in find_regions(doc.clean, lang):
        key = region_key(p)
        if key in seen:
            continue
        seen.add(key)
        spans[f"regions/{len(regions)}"] = [p.start, p.end]
        regions.append(_text(doc, (p.start, p.end)))
        for base in normalize_region(regions[-1], lang):
            if base not in regions_norm:
                regions_norm.append(base)
    person_spans = [tuple(v) for k, v in spans.items() if re.match(r"(?:speakers|moderators|other_persons)/\d+/"
                                                                    r"(?:org|post)$", k)]
    countries = []
    for c in find_countries(doc.clean, lang):
        if any(a <= c.start < b for a, b in person_spans) or c.text in countries:
            continue
        countries.append(_text(doc, (c.start, c.end)))

    issues = []
    for k, sp in enumerate(find_issues(doc)):
        spans[f"issues_raised/{k}"] = list(sp)
        issues.append(_text(doc, sp))
    presentations, pres_spans = _presentations(doc, people, person_name)
    for k, (ts, bs) in enumerate(pres_spans):
        spans[f"presentations/{k}/title"] = list(ts)
        if bs:
            spans[f"presentations/{k}/by"] = list(bs)
    record: dict[str, Any] = {
        "source": source,
        "lang": lang,
        "event": event,
        "moderators": moderators,
        "speakers": speakers,
        "other_persons": others,
        "presentations": presentations,
        "issues_raised": issues,
        "proposals": proposals,
        "proposals_by": proposals_by,
        "participants": {"total": counts.total, "women": counts.women, "men": counts.men},
        "regions": regions,
        "regions_normalized": regions_norm,
        "countries": countries,
        "spans": spans,
    }
    if sha256:
        record["sha256"] = sha256
    return record


_PRES_CUE = re.compile(r"(?:презент\w*|доклад\w*|баяндама\w*|presentation\w*|report\w*|темасында\s+презентациялар)",
                       re.I)
_QUOTED = re.compile(r"[«“\"]\s*((?:[^«»“”\"]|«[^«»]*»)+?)\s*[»”\"]")


def _presentations(doc: Doc, people: list[Person], names: dict[int, str]) -> tuple[list[dict], list[tuple]]:
    out: list[dict] = []
    sp: list[tuple] = []
    for si, s in enumerate(doc.sentences):
        txt = doc.clean[s.start:s.end]
        if not _PRES_CUE.search(txt) or doc.blocks[s.block].label:
            continue
        for m in _QUOTED.finditer(txt):
            t = m.group(1).strip()
            if len(t) < 6 or len(t.split()) < 2:
                continue
            ts = (s.start + m.start(1), s.start + m.start(1) + len(t))
            by = None
            bspan = None
            after = doc.clean[s.start + m.end():s.start + m.end() + 60]
            pm = re.match(r"\s*\(([^)]{3,50})\)", after)
            if pm:
                by = pm.group(1).strip()
                bspan = (s.start + m.end() + pm.start(1), s.start + m.end() + pm.end(1))
            else:
                for i, p in enumerate(people):
                    if any(x.sent == si for x in p.mentions) and i in names:
                        by = names[i]
                        break
            out.append({"title": re.sub(r"\s+", " ", t), "by": by})
            sp.append((ts, bspan))
    return out, sp


def extract_doc(text: str, source: str, lang: str, sha256: str | None = None) -> dict[str, Any]:
    return build(segment(text, lang), source, sha256)


__all__ = ["build", "extract_doc"]
