"""Long texts analyzed piece by piece, in memory bounded by the piece (issue 14.6).

A text longer than ``analyze.LONG_TEXT`` is cut after paragraph breaks
(:func:`paragraph_pieces`). Each piece is parsed with the last paragraphs before it as a
*lead* (context only, at most :data:`LEAD_CHARS`), every extractor runs on that Doc
(:func:`eventwire.extraction.extract_all`), the facts that start in the piece itself are
kept, shifted to the full text, and the Doc is dropped before the next piece. Peak memory
is then one piece's parse plus the small facts found so far, instead of one Doc, its
parser state and every extractor's working tables for the whole text.

State carried from piece to piece, so that the record is what one whole-document pass
gives:

- **entities**: the entities found so far (the :data:`PRIOR_LIMIT` most recently
  mentioned) are handed to the entity extractor as ``prior``: a surname ("Naim"), a
  definite description ("the ministry") or a generic "the group" in a later piece joins
  the entity an earlier piece introduced, and places count their countries. The same
  entity in two pieces (same kind and name) is one entity: one id, mentions summed;
- **quotes**: the lead holds the previous paragraphs, so a cue-less quote continuing the
  previous speaker, a multi-paragraph quotation and a pronoun speaker resolve across the
  cut as inside a piece, and pieces are cut before a paragraph that does not open with a
  quotation mark where one exists; ``continues``, ``reported_by`` and ``event`` links
  into the lead point at the earlier piece's quote or event;
- **context**: the article's country for codes from context is computed once at the end
  over all the entities and places (and the summed place-phrase votes of every piece);
  dates resolve against the publication date, their only context.

Ids are renumbered in text order (entities by piece of first mention, the event coder's
group entities after the table's, as in a whole-document record) and every offset is
into the full text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.config import Settings
from eventwire.extract import actors as actors_x
from eventwire.extraction import article_of, extract_all, parse_published, with_context_codes
from eventwire.readers import ArticleInput
from eventwire.record import Entity, Mention, Place, Record

LEAD_CHARS = 3_000  # context parsed before a piece: the paragraphs a continuation may need
PRIOR_LIMIT = 400  # earlier entities offered to a piece: the most recently mentioned ones


def paragraph_pieces(text: str, size: int) -> list[str]:
    """``text`` cut after paragraph breaks into pieces of about ``size`` characters (a
    paragraph longer than that is cut after a sentence end, else at a space); the pieces
    join back to exactly ``text``. A break inside a quotation running over paragraphs is
    avoided when the window has another break in its last three quarters."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = _paragraph_cut(window)
        if cut <= 0:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 2 if cut > 0 else (window.rfind(" ") + 1 or size)
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _paragraph_cut(window: str) -> int:
    """Where to cut ``window`` after a paragraph break (0: it has none): the last break
    after a paragraph that leaves no quotation open, if one lies in the last three
    quarters, else the last break."""
    at = window.rfind("\n\n")
    last = _after_break(window, at) if at > 0 else 0
    while at >= len(window) // 4:
        before = window.rfind("\n\n", 0, at)
        if not _leaves_quote_open(window[before + 1:at]):
            return _after_break(window, at)
        at = before
    return last


def _leaves_quote_open(paragraph: str) -> bool:
    """An odd number of straight double marks, or more opening than closing curly or
    angle marks: the quotation goes on in the next paragraph (news convention)."""
    return (paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")
            or paragraph.count("\u00ab") > paragraph.count("\u00bb"))


def _after_break(window: str, at: int) -> int:
    cut = at + 2
    while cut < len(window) and window[cut] in "\n\r\t ":
        cut += 1
    return cut


def lead_start(text: str, offset: int) -> int:
    """Start of the lead of the piece at ``offset``: the start of the earliest paragraph
    within :data:`LEAD_CHARS` before it (``offset`` when none fits)."""
    floor = max(0, offset - LEAD_CHARS)
    at = text.find("\n\n", floor, offset)
    if at < 0:
        return offset
    at += 2
    while at < offset and text[at] in "\n\r\t ":
        at += 1
    return at


def analyze_long(nlp, art: ArticleInput, settings: Settings, size: int) -> Record:
    """The record of a long text, analyzed piece by piece (see the module doc)."""
    published = parse_published(art.published)
    text = art.text
    merged = Merged()
    offset = 0
    for piece in paragraph_pieces(text, size):
        begin = lead_start(text, offset) if offset else 0
        doc = nlp(text[begin:offset + len(piece)])
        x = extract_all(doc, published, settings, prior=merged.prior())
        first_token = next((t.i for t in doc if t.idx >= offset - begin), len(doc))
        merged.votes(actors_x.text_country_counts(doc[first_token:]))
        del doc  # the parse of a piece is the memory peak: never two at once
        merged.add(x, begin, offset - begin)
        offset += len(piece)
    country = actors_x.main_country(merged.entities, merged.places) or actors_x.leading_country(merged.country_votes)
    return merged.record(article_of(art), with_context_codes(merged.entities, country, settings, published))


@dataclass
class _Ids:
    """One piece's ids mapped to the merged record's."""

    entity: dict[str, str] = field(default_factory=dict)
    quote: dict[str, str] = field(default_factory=dict)
    event: dict[str, str] = field(default_factory=dict)
    place: dict[str, str] = field(default_factory=dict)
    sentence: dict[int, int] = field(default_factory=dict)


@dataclass
class Merged:
    """The facts of the pieces analyzed so far, offsets and ids of the full text.

    Entity ids are provisional (``E`` for the table's, ``G`` for the event coder's)
    until :meth:`record` numbers them as a whole-document record does."""

    sentences: list = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    groups: list[Entity] = field(default_factory=list)
    quotes: list = field(default_factory=list)
    events: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list = field(default_factory=list)
    country_votes: dict[str, int] = field(default_factory=dict)
    by_key: dict[tuple, Entity] = field(default_factory=dict)
    place_by_key: dict[tuple, Place] = field(default_factory=dict)
    # the previous piece's facts by full-text span: what a link into the next piece's lead means
    last_quotes: dict[tuple, str] = field(default_factory=dict)
    last_events: dict[tuple, str] = field(default_factory=dict)

    def prior(self) -> tuple[Entity, ...]:
        """The :data:`PRIOR_LIMIT` most recently mentioned entities, least recent first."""
        recent = sorted(self.entities, key=lambda e: e.mentions[-1].start if e.mentions else -1)
        return tuple(recent[max(0, len(recent) - PRIOR_LIMIT):])

    def votes(self, counts: dict[str, int]) -> None:
        for country, n in counts.items():
            self.country_votes[country] = self.country_votes.get(country, 0) + n

    def add(self, x, base: int, lead: int) -> None:
        """One piece's facts: ``base`` is the piece Doc's offset in the full text, facts
        starting before ``lead`` (in the Doc) belong to the previous piece."""
        ids = _Ids()
        self._add_sentences(x.sentences, base, lead, ids)
        self._add_entities(x.entities, self.entities, "E", base, lead, ids)
        self._add_entities(x.event_entities, self.groups, "G", base, lead, ids)
        self._add_places(x.places, base, lead, ids)
        self._add_quotes(x.quotes, base, lead, ids)
        self._add_events(x.events, base, lead, ids)
        self._add_figures(x.figures, base, lead, ids)
        self.dates.extend(d.model_copy(update={"start": d.start + base, "end": d.end + base})
                          for d in x.dates if d.start >= lead)

    def _add_sentences(self, sentences, base: int, lead: int, ids: _Ids) -> None:
        for s in sentences:
            if s.start >= lead:
                ids.sentence[s.index] = len(self.sentences)
                self.sentences.append(s.model_copy(update={
                    "index": len(self.sentences), "start": s.start + base, "end": s.end + base}))

    def _add_entities(self, entities: list[Entity], into: list[Entity], prefix: str, base: int, lead: int,
                      ids: _Ids) -> None:
        """Entities joined by kind and name; a known one gains this piece's mentions outside
        the lead (the lead's were counted in the previous piece), a new one all of them."""
        fresh = []
        for e in entities:
            key = (prefix, e.kind, e.name.lower())  # "The governor" ... "the governor": one referent
            known = self.by_key.get(key)
            mentions = [_shifted(m, base) for m in e.mentions if known is None or m.start >= lead]
            if known is None:
                known = e.model_copy(update={"id": f"{prefix}{len(into) + 1}", "mentions": [], "affiliation": None})
                self.by_key[key] = known
                into.append(known)
            else:
                known.code, known.country = known.code or e.code, known.country or e.country
                known.sector, known.title = known.sector or e.sector, known.title or e.title
            _extend_mentions(known.mentions, mentions)
            ids.entity[e.id] = known.id
            fresh.append((e, known))
        for e, known in fresh:  # an affiliation may name an entity listed after it
            if known.affiliation is None and e.affiliation in ids.entity:
                known.affiliation = ids.entity[e.affiliation]

    def _add_places(self, places: list[Place], base: int, lead: int, ids: _Ids) -> None:
        for p in places:
            key = (p.name, p.geonameid)
            known = self.place_by_key.get(key)
            mentions = [_shifted(m, base) for m in p.mentions if known is None or m.start >= lead]
            if known is None:
                known = p.model_copy(update={"id": f"P{len(self.places) + 1}", "mentions": []})
                self.place_by_key[key] = known
                self.places.append(known)
            _extend_mentions(known.mentions, mentions)
            ids.place[p.id] = known.id

    def _add_quotes(self, quotes, base: int, lead: int, ids: _Ids) -> None:
        spans = {}
        for q in quotes:
            span = (q.start + base, q.end + base)
            if q.start < lead:
                if span in self.last_quotes:
                    ids.quote[q.id] = self.last_quotes[span]
                continue
            qid = f"Q{len(self.quotes) + 1}"
            ids.quote[q.id] = spans[span] = qid
            self.quotes.append(q.model_copy(update={
                "id": qid, "start": span[0], "end": span[1],
                "speaker": ids.entity.get(q.speaker), "addressee": ids.entity.get(q.addressee),
                "sentence": ids.sentence.get(q.sentence), "continues": ids.quote.get(q.continues),
                "parts": [p.model_copy(update={"start": p.start + base, "end": p.end + base}) for p in q.parts]}))
        self.last_quotes = spans

    def _add_events(self, events, base: int, lead: int, ids: _Ids) -> None:
        spans = {}
        for ev in events:
            span = (ev.start + base, ev.end + base, ev.type)
            if ev.start < lead:
                if span in self.last_events:
                    ids.event[ev.id] = self.last_events[span]
                continue
            vid = f"V{len(self.events) + 1}"
            ids.event[ev.id] = spans[span] = vid
            content = ev.content and ev.content.model_copy(update={
                "start": ev.content.start + base, "end": ev.content.end + base})
            self.events.append(ev.model_copy(update={
                "id": vid, "start": span[0], "end": span[1], "sentence": ids.sentence.get(ev.sentence, 0),
                "actor": _mapped(ev.actor, ids.entity), "recipient": _mapped(ev.recipient, ids.entity),
                "codes": {ids.entity[k]: v for k, v in ev.codes.items() if k in ids.entity},
                "reported_by": ids.quote.get(ev.reported_by), "place": ids.place.get(ev.place),
                "content": content}))
        self.last_events = spans

    def _add_figures(self, figures, base: int, lead: int, ids: _Ids) -> None:
        for f in figures:
            if f.start < lead:
                continue
            self.figures.append(f.model_copy(update={
                "id": f"F{len(self.figures) + 1}", "start": f.start + base, "end": f.end + base,
                "by": _mapped(f.by, ids.entity), "reported_by": ids.quote.get(f.reported_by),
                "event": ids.event.get(f.event), "sentence": ids.sentence.get(f.sentence)}))

    def record(self, article, entities: list[Entity]) -> Record:
        """The merged record, with entity ids numbered table first, groups after."""
        number = {e.id: f"E{i + 1}" for i, e in enumerate([*entities, *self.groups])}
        ents = [e.model_copy(update={"id": number[e.id], "affiliation": number.get(e.affiliation)})
                for e in [*entities, *self.groups]]
        quotes = [q.model_copy(update={"speaker": number.get(q.speaker), "addressee": number.get(q.addressee)})
                  for q in self.quotes]
        events = [ev.model_copy(update={"actor": _mapped(ev.actor, number), "recipient": _mapped(ev.recipient, number),
                                        "codes": {number[k]: v for k, v in ev.codes.items()}}) for ev in self.events]
        figures = [f.model_copy(update={"by": _mapped(f.by, number)}) for f in self.figures]
        return Record(article=article, sentences=self.sentences, entities=ents, quotes=quotes, events=events,
                      figures=figures, places=self.places, dates=self.dates)


def _shifted(m: Mention, base: int) -> Mention:
    return Mention(start=m.start + base, end=m.end + base, text=m.text)


def _extend_mentions(mentions: list[Mention], new: list[Mention]) -> None:
    seen = {(m.start, m.end) for m in mentions}
    mentions.extend(m for m in new if (m.start, m.end) not in seen)


def _mapped(ids_: list[str], number: dict[str, str]) -> list[str]:
    return [number[i] for i in ids_ if i in number]
