"""Decide each person's role: moderator, speaker, or only mentioned.

Moderators are labelled ("Модератор:", "Moderator:") or said to conduct the event ("... алып барды", "moderated by").
Speakers speak, present, are quoted or propose: a speech cue in a sentence that mentions them (or a quote attributed
to them). A person whose sentences carry only attendance / candidacy / addressee cues ("да катышты", "the candidacy
of", "будут направлены Президенту") is only mentioned. With no cue either way, a person written with a post (a name in
a speakers' list) is a speaker.
"""

from __future__ import annotations

from kenesh.extract import lexicon
from kenesh.extract.names import Person
from kenesh.extract.segment import Doc


def earlier_occasion(doc: Doc, sent_start: int, sent_end: int) -> bool:
    """The sentence tells of an earlier occasion ("Ранее министр поручила ...", "Earlier, the minister said ...")."""
    rx = _cue("earlier", doc.lang)
    return bool(rx and rx.search(doc.clean[sent_start:sent_end]))


def _cue(kind: str, lang: str):  # type: ignore[no-untyped-def]
    return lexicon.cue("role_cues.tsv", kind, lang)


def role_of(doc: Doc, person: Person, has_post: bool, quoted: bool) -> str:
    """'moderator', 'speaker' or 'other'."""
    lang = doc.lang
    mod = _cue("moderator", lang)
    speech = _cue("speech", lang)
    mention = _cue("mention", lang)
    earlier = _cue("earlier", lang)
    speech_hit = quoted
    mention_hit = False
    for m in person.mentions:
        if m.sent < 0:
            continue
        sent = doc.sentences[m.sent]
        block = doc.blocks[sent.block]
        if block.label == "moderator":
            return "moderator"
        txt = doc.clean[sent.start:sent.end]
        if earlier and earlier.search(txt):
            mention_hit = True
            continue
        if mod and mod.search(txt) and not (block.label and block.label != "moderator"):
            # the cue must be close to this mention (same clause)
            if _near(doc, sent.start, m.start, m.end, mod):
                return "moderator"
        if speech and speech.search(txt):
            speech_hit = True
        if mention and mention.search(txt):
            mention_hit = True
    if speech_hit:
        return "speaker"
    if mention_hit:
        return "other"
    return "speaker" if has_post else "other"


def _near(doc: Doc, sent_start: int, s: int, e: int, rx) -> bool:  # type: ignore[no-untyped-def]
    sent_end = doc.sentences[doc.sentence_at(s)].end if doc.sentence_at(s) >= 0 else e + 200
    window = doc.clean[max(sent_start, s - 80):min(sent_end, e + 120)]
    return bool(rx.search(window))


__all__ = ["role_of", "earlier_occasion"]
