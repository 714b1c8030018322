"""Quotes: direct, indirect and mixed reported speech with speaker, cue and addressee.

Method: rule-based quotation attribution over a dependency parse, after Pareti et al.,
"Automatically Detecting and Attributing Indirect Quotations" (EMNLP 2013), and the
cue/source/content triple of textacy's ``extract.triples.direct_quotations``
(itself after Krestel et al. 2008): a quotation is *content* attributed to a *source*
through a *cue* (a reporting verb, "according to", a statement noun).

1. Quotation marks are paired per paragraph at character level (curly or straight;
   a straight mark opens or closes by its neighbours). An unclosed mark runs to the end
   of its paragraph; when the next paragraph reopens the mark, the two segments form
   one multi-paragraph quotation chain (news convention: only the last paragraph closes).
2. Every reporting cue outside quotation marks (``data/reporting_cues.tsv``) is read
   off the parse: speaker = its subject (climbing ``advcl``/``conj``/``xcomp`` for
   "..., adding that"), addressee = the hearer ("told Sky News", "said to"), content =
   its clausal complement. A complement entirely inside quotation marks makes the cue
   the attribution of a *direct* quote; one with no marks is an *indirect* quote; one
   mixing both is a *mixed* quote.
3. Quoted segments not used by step 2 are attributed by position: a cue right after the
   closing mark (""...," Naim said." / "said Naim"), or right before the opening mark
   ("He said: "..."", the second half of ""A," he said, "B.""), or in the previous
   sentence ending with a colon. A whole-sentence quote with no cue continues the speaker
   of the immediately preceding quote in the same or the previous paragraph, else has no
   speaker. A mid-sentence quoted phrase with no cue (scare quotes, titles, nicknames) is
   not a quote.

Beyond quotations, every class of attribution is read (``quotes.cue_kind``, see
docs/attribution.md): stance, belief and intention verbs, directives, evidence from
documents and data, statement acts, noun cues, "according to", colon attributions and
headlines, each with its class in ``data/reporting_cues.tsv``. A negated cue is kept
(``negated``). Sources are entities: an unnamed one ("analysts", "the report") becomes
one (:mod:`.sources`).

Decisions: a quote split around its attribution is *one* quote whose ``parts`` are the
pieces (``text`` runs from the first part to the last, so ``text == article[start:end]``);
a multi-paragraph quote is one quote per paragraph, each later one ``continues`` the
first, as does a cue-less quote continuing the previous speaker. A mixed quote's text is the quoted fragment when the reported clause is only the
fragment plus its subject ("Trump "can do it ...""), else the whole reported clause.
Speakers and addressees are resolved only through the :class:`EntityTable`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.cues import CUES_FILE, CueLexicon, cue_lexicon  # noqa: F401 (re-exported)
from eventwire.extract.docfacts import DocFacts, doc_facts, find_segments, paragraph_bounds  # noqa: F401
from eventwire.extract.quotes import direct, extra, linking, reported, sources
from eventwire.extract.quotes.finding import find_cues
from eventwire.extract.quotes.model import Run, _Draft
from eventwire.record import Quote, TextSpan

__all__ = ["PHASES", "cue_lexicon", "extract_quotes", "find_segments", "paragraph_bounds"]


def _find_cues(run: Run) -> None:
    run.cues = find_cues(run.doc, run.facts, run.lex)


PHASES = (
    _find_cues,                      # 2. cues of every class, read off the parse
    reported.reported_from_cues,     # 2. indirect and mixed content of each cue
    extra.headline_attribution,      # 3b. "Mayor Says Budget Is Balanced"
    extra.colon_attributions,        # 3b. "Critics, in a letter: ..."
    extra.bracketed_sources,         # 3b. "... (electoral commission).", "- army sources -"
    direct.direct_quotes,            # 3. direct quotes by position
    linking.merge_split_quotes,      # 5. ""A," she said, "B."" is one quote
)


def extract_quotes(doc: Doc, table, facts: DocFacts | None = None, cue_kinds: frozenset[str] | None = None) -> list[Quote]:
    """Attributions of one article, in text order (see the package doc). ``cue_kinds``
    keeps only those classes (``--cue-kind``)."""
    if len(doc) == 0:
        return []
    facts = facts or doc_facts(doc)
    if not facts.text.strip():
        return []
    run = Run(doc, table, facts, cue_lexicon())
    run.datelines = sources.dateline_ends(run.text, run.facts.paragraphs)
    for phase in PHASES:
        phase(run)
    _resolve_sources(run)
    quotes = _records(run)
    if cue_kinds:
        quotes = [q for q in quotes if q.cue_kind in cue_kinds]
    return quotes


def _resolve_sources(run: Run) -> None:
    """Speakers, then chains and continuations inherit from the preceding quote."""
    run.drafts.sort(key=lambda d: (d.start, d.end))
    by_seg: dict[int, _Draft] = {}
    for d in run.drafts:
        d.speaker, d.speaker_text, d.addressee = sources.resolve(run, d.cue)
        d.cue_text = d.cue.text if d.cue else None
        if d.segment is not None:
            by_seg[d.segment] = d
        d.para = run.facts.paragraph_at(d.start)
    linking.inherit(run.drafts, run.facts.segments, by_seg)


def _records(run: Run) -> list[Quote]:
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    text = run.text
    for d in run.drafts:
        if d.end <= d.start or (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        d.qid = f"Q{len(out) + 1}"
        continued = d.continues
        while continued is not None and continued.qid is None and continued.continues is not None:
            continued = continued.continues
        out.append(Quote(
            id=d.qid, kind=d.kind, text=text[d.start:d.end], start=d.start, end=d.end,
            speaker=d.speaker, speaker_text=d.speaker_text, cue=d.cue_text, addressee=d.addressee,
            sentence=run.facts.sentence_at(d.start) if run.facts.sents else None,
            cue_kind=_cue_of(d).cue_kind if _cue_of(d) else "speech",
            negated=bool(d.cue and d.cue.negated), parts=[TextSpan(start=a, end=b) for a, b in d.parts],
            continues=continued.qid if continued is not None else None,
        ))
    return out


def _cue_of(d: _Draft):
    """The cue a draft's class comes from: its own, else that of the quote it continues."""
    while d is not None and d.cue is None:
        d = d.continues
    return d.cue if d is not None else None
