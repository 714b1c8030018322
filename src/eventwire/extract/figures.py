"""Figures: counts of people and things ("killing more than 53,000 Palestinians").

Method: a number-phrase chunker over tokens (digits, spelled-out numbers, "a dozen",
vague plurals such as "hundreds of thousands") followed by frame filling from the
dependency parse, in the manner of textacy's ``extract.triples`` (subject / verb /
object read off the parse) and of casualty-count extraction in event coding (the
counted noun and the governing verb decide what is counted; the verb's subject, or
the passive ``by`` agent, is the perpetrator). Lexicons are data files:
``number_words.tsv``, ``figure_qualifiers.tsv``, ``figure_kinds.tsv`` and
``figure_not_counts.tsv``. Where people are taken or kept also counts as the event
("taken to hospital" = wounded, "living in camps" = displaced, "held in prison" =
detained), the setting frames of casualty reporting.

Conventions (SCHEMA ``figures``): ``value`` is the number as stated; a vague plural
("dozens") takes its smallest plural reading (24) and sets ``low`` to it; a range
("between 10 and 15") sets ``low``/``high`` and ``value`` = ``low``; a lower-bound
qualifier ("more than", "at least") sets ``low`` = ``value``, an upper-bound one
("up to", "nearly") sets ``high`` = ``value``; exact numbers leave both null.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.lexicon import load_lines, load_tsv
from eventwire.nlp import sentence_spans
from eventwire.record import DateRef, Figure, Quote

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,15}(?:\.\d+)?$")
DIGIT_RANGE = re.compile(r"^(\d{1,9})[-\u2013](\d{1,9})$")
SUBJECT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "pobj", "appos"}
# Victim-side kinds: for these the governing verb's agent is the perpetrator (`by`).
HARM_KINDS = {"killed", "wounded", "arrested", "detained", "displaced", "hostages", "missing"}
EVENT_COMPLEMENTS = {"acomp", "oprd", "xcomp"}
NOUN_MODIFIERS = {"acl", "relcl", "amod"}
HYPHENS = {"-", "\u2013"}
PART_OF = {"including", "among"}
# Deaths and injuries an attack or an operation causes (link_events), and the event types that cause them.
CASUALTY_KINDS = {"killed", "wounded"}
CAUSE_TYPES = {"ASSAULT", "COERCE"}
# "died in the security forces' crackdown": the cause phrase follows the count closely;
# an attack further on in the sentence is another act.
CAUSE_GAP = 40


@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[str, float]]:
    return {r["word"]: (r["kind"], float(r["value"])) for r in load_tsv("number_words.tsv")}


@lru_cache(maxsize=None)
def qualifiers() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(words, qualifier, bound), longest first so "no fewer than" beats "than"."""
    rows = [(tuple(r["qualifier"].split()), r["qualifier"], r["bound"]) for r in load_tsv("figure_qualifiers.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def kind_lexicon() -> dict[str, dict[str, str]]:
    """role -> {lemma: kind}."""
    out: dict[str, dict[str, str]] = {}
    for r in load_tsv("figure_kinds.tsv"):
        out.setdefault(r["role"], {})[r["lemma"].lower()] = r["kind"]
    return out


@lru_cache(maxsize=None)
def not_count_context() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {"before": set(), "after": set()}
    for r in load_tsv("figure_not_counts.tsv"):
        out.setdefault(r["position"], set()).add(r["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


@dataclass
class NumberPhrase:
    start: int  # first token index
    end: int  # token index after the last token
    value: float
    vague: bool = False
    high: float | None = None
    last_multiplier: float | None = None


def _number_token(tok: Token) -> tuple[str, float] | None:
    text = tok.lower_
    if DIGITS.match(text):
        if len(text) > 1 and text.startswith("0") and not text.startswith("0."):
            return None  # "0958": a code or a phone block, not a quantity
        return ("digit", float(text.replace(",", "")))
    return number_words().get(text)


def read_number(doc: Doc, i: int, end: int) -> NumberPhrase | None:
    """Read one number phrase starting at token ``i`` (not beyond ``end``)."""
    words = number_words()
    k, current, total = i, 0.0, 0.0
    seen, vague, last_kind, last_mult = False, False, None, None
    if doc[k].lower_ in ("a", "an") and k + 1 < end and words.get(doc[k + 1].lower_, ("",))[0] == "multiplier":
        current, seen, last_kind, k = 1.0, True, "unit", k + 1
    while k < end:
        tok = doc[k]
        info = _number_token(tok)
        if info is None:
            nxt = _number_token(doc[k + 1]) if k + 1 < end else None
            glued = not doc[k - 1].whitespace_ and not tok.whitespace_
            if tok.text in HYPHENS and glued and last_kind == "unit" and nxt and nxt[0] == "unit":
                k += 1  # "twenty-three" split by the tokenizer
                continue
            if tok.lower_ == "of" and vague and nxt and nxt[0] == "vague":
                k += 1  # "hundreds of thousands"
                continue
            break
        kind, value = info
        if kind == "digit":
            if seen:
                break  # two numbers in a row: separate phrases (or a code)
            current += value
        elif kind == "unit":
            if last_kind in ("digit", "vague") or (last_kind == "unit" and current % 10 == 0 and value >= 10):
                break
            if last_kind == "unit" and current and value >= 10:
                break
            current += value
        elif kind == "multiplier":
            if not seen or last_kind == "vague":
                break
            if value >= 1000:
                total += current * value
                current = 0.0
            else:
                current *= value
            last_mult = value
        else:  # vague plural
            if seen and not vague:
                break
            current = current * value if vague else 2 * value
            vague = True
        seen, last_kind = True, kind
        k += 1
    if not seen or k == i:
        return None
    return NumberPhrase(start=i, end=k, value=total + current, vague=vague, last_multiplier=last_mult)


def number_phrases(doc: Doc, sent: Span) -> list[NumberPhrase]:
    """All number phrases of a sentence, ranges ("between 10 and 15", "10-15") joined."""
    out: list[NumberPhrase] = []
    words = number_words()
    i, end = sent.start, sent.end
    while i < end:
        tok = doc[i]
        if not (tok.like_num or tok.text[:1].isdigit() or tok.lower_ in words or (tok.lower_ in ("a", "an") and i + 1 < end and doc[i + 1].lower_ in words)):
            i += 1  # fast path: most tokens are not numbers
            continue
        m = DIGIT_RANGE.match(doc[i].text)
        if m:
            out.append(NumberPhrase(i, i + 1, float(m.group(1)), high=float(m.group(2))))
            i += 1
            continue
        phrase = read_number(doc, i, end)
        if phrase is None:
            i += 1
            continue
        j = phrase.end
        if j + 1 < end and doc[j].lower_ in ("to", "and", "or", "-", "\u2013"):
            ranged = doc[j].lower_ in ("to", "or", "-", "\u2013") or (
                phrase.start > sent.start and doc[phrase.start - 1].lower_ == "between"
            )
            second = read_number(doc, j + 1, end) if ranged else None
            if second is not None and not second.vague:
                if second.last_multiplier and phrase.last_multiplier is None and phrase.value * 1000 < second.value:
                    phrase.value *= second.last_multiplier  # "3 to 4 million"
                phrase.high, phrase.end = second.value, second.end
        out.append(phrase)
        i = phrase.end
    return out


def _qualifier(doc: Doc, lead: int, phrase: NumberPhrase, sent: Span) -> tuple[str | None, str | None, int]:
    """(qualifier, bound, first token index) of the words right before the phrase
    (``lead`` is the phrase start, or its currency sign)."""
    if phrase.high is not None and lead > sent.start and doc[lead - 1].lower_ in ("between", "from"):
        return doc[lead - 1].lower_, "range", lead - 1
    for words, name, bound in qualifiers():
        s = lead - len(words)
        if s < sent.start:
            continue
        if tuple(t.lower_ for t in doc[s:lead]) == words:
            return name, bound, s
    return None, None, lead


def _is_not_count(doc: Doc, phrase: NumberPhrase, first: int, sent: Span) -> bool:
    """Ages, years, dates, times, percentages, ordinals, measures, codes: not counts."""
    ctx = not_count_context()
    toks = doc[phrase.start:phrase.end]
    root = _phrase_root(doc, phrase)
    if any(t.ent_type_ in ("PERCENT", "ORDINAL") for t in toks):
        return True
    if any(t.ent_type_ in ("DATE", "TIME") for t in toks):
        # The tagger also calls "between 10 and 15 miners" a DATE: trust a number
        # that modifies a common noun (time nouns are caught by `after` below).
        if not (root.dep_ == "nummod" and root.head.pos_ == "NOUN"):
            return True
    before = doc[first - 1] if first > sent.start else None
    after = doc[phrase.end] if phrase.end < sent.end else None
    if before is not None and (before.lower_ in ctx["before"] or _number_token(before) is not None and before.lower_[:1].isdigit()):
        return True
    if after is not None:
        if after.lower_ in ctx["after"] or after.text.startswith("%"):
            return True
        if after.text in HYPHENS and not after.whitespace_ and not doc[after.i - 1].whitespace_:
            return True  # "12-year-old", "15-member council", "3-day truce"
        if after.lower_[:1].isdigit() and _number_token(after) is not None:
            return True  # digit blocks: a phone number or an identifier
    if len(toks) == 1 and re.fullmatch(r"\d{4}", toks[0].text) and 1000 <= phrase.value <= 2100:
        # "in 2023" and "a 2017 crackdown" are years; "1500 troops" is a count.
        head = toks[0].head
        return toks[0].dep_ != "nummod" or (_noun_kind(head) is None and _event_kind(head) is None)
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
        return True  # "John Smith, 45, said": an age
    if before is not None and before.text == "," and first - 2 >= sent.start and doc[first - 2].ent_type_ == "PERSON":
        return after is None or after.text in (",", ".")
    return False


def _phrase_root(doc: Doc, phrase: NumberPhrase) -> Token:
    inside = range(phrase.start, phrase.end)
    roots = [t for t in doc[phrase.start:phrase.end] if t.head.i not in inside or t.head.i == t.i]
    return roots[-1] if roots else doc[phrase.end - 1]


def _counted_noun(doc: Doc, phrase: NumberPhrase, root: Token) -> tuple[Token, Token | None]:
    """(nominal, counted noun): the phrase's head noun, or the ``of`` object of "dozens of people"."""
    inside = range(phrase.start, phrase.end)
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and root.head.i not in inside:
        if root.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            return root.head, root.head
    for tok in doc[phrase.start:phrase.end]:
        for child in tok.children:
            if child.lower_ == "of" and child.dep_ == "prep" and child.i >= phrase.end:
                objs = [c for c in child.children if c.dep_ == "pobj" and c.i not in inside]
                if objs:
                    return root, objs[0]
    return root, None


def _subject_event_kind(tok: Token) -> str | None:
    return kind_lexicon().get("subject_event", {}).get(tok.lemma_.lower())


def _event_kind(tok: Token) -> str | None:
    events = kind_lexicon().get("event", {})
    subject_events = kind_lexicon().get("subject_event", {})
    lemma = tok.lemma_.lower()
    return events.get(lemma) or events.get(tok.lower_) or subject_events.get(lemma)


def _noun_kind(tok: Token) -> str | None:
    nouns = kind_lexicon().get("noun", {})
    kind = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
    if kind is None and tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
        return "other"  # "53,000 Palestinians": a count of people
    if kind is None and tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in person_nouns():
        return "other"  # "14 suspected members", "five gang members": people, kind set by their event
    return kind


def _setting_kind(verb: Token) -> str | None:
    """The kind given by where a verb puts or keeps people: "taken to hospital"
    (wounded), "live in camps" (displaced), "held in prison" (detained); or where it
    drives them from: "forced from their homes" (displaced)."""
    lex = kind_lexicon()
    lemma = verb.lemma_.lower()
    frames = []
    if lemma in lex.get("setting_verb", {}):
        frames.append((("in", "to", "into", "at", "inside"), lex.get("setting", {})))
    if lemma in lex.get("exit_verb", {}):
        frames.append((("from", "out"), lex.get("exit", {})))  # "forced from their homes"
    for preps, settings in frames:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    # "taken to police stations" is custody, "taken to the bus station" is not
                    names = [f"{c.lemma_.lower()} {obj.lemma_.lower()}" for c in obj.children if c.dep_ == "compound"]
                    name = next((n for n in names + [obj.lemma_.lower()] if n in settings), None)
                    if obj.dep_ == "pobj" and name:
                        return settings[name]
    return None


def _toll_kind(head: Token) -> str | None:
    toll = kind_lexicon().get("toll", {})
    if head.lemma_.lower() not in toll:
        return None
    for child in head.children:
        if child.dep_ in ("compound", "amod") and _event_kind(child):
            return _event_kind(child)
    return toll[head.lemma_.lower()]


def _governor(nominal: Token) -> Token:
    """Climb conjunctions and appositions to the token that carries the grammatical role."""
    x = nominal
    for _ in range(4):
        if x.dep_ in ("conj", "appos") and x.head is not x:
            x = x.head
        else:
            break
    return x


def _frame(doc: Doc, nominal: Token, noun: Token | None, depth: int = 0) -> tuple[str | None, Token | None]:
    """(kind, the event word that decided it, if any)."""
    for tok in (noun, nominal):
        if tok is None:
            continue
        if _event_kind(tok):
            return _event_kind(tok), tok  # "12 dead", "500 arrests"
        for child in tok.children:
            if child.dep_ in NOUN_MODIFIERS and _event_kind(child):
                return _event_kind(child), child  # "people killed", "injured civilians"
    x = _governor(nominal)
    gov = x.head if x.head is not x else None
    if gov is not None and x.dep_ in SUBJECT_DEPS:
        if x.dep_ == "pobj" and gov.lower_ in PART_OF and gov.head is not gov and depth < 2:
            # "killed 27 people, including nine children": the part shares the whole's kind.
            kind, _ = _frame(doc, gov.head, gov.head, depth + 1)
            if kind is not None and kind != "other":
                return kind, None
        if x.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("to", "at", "of"):
            head = gov.head  # "the death toll rose to 40", "a death toll of 40"
            kind = _toll_kind(head)
            if kind is None:
                subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                kind = _toll_kind(subjects[0]) if subjects else None
            if kind:
                return kind, head
        elif x.dep_ != "pobj":
            # "Soldiers killed 40 people": the subject of a transitive harm verb is the
            # agent, not the counted; "subject" verbs (flee, die, protest) count their subject.
            agentive = x.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in gov.children)
            if _subject_event_kind(gov) and x.dep_ == "nsubj":
                return _subject_event_kind(gov), gov
            if not agentive and _event_kind(gov):
                return _event_kind(gov), gov
            for child in gov.children:
                if child.dep_ in EVENT_COMPLEMENTS and _event_kind(child):
                    return _event_kind(child), child  # "remain missing", "left 12 dead"
            kind = _result_kind(gov) or _setting_kind(gov)
            if kind is not None:
                return kind, gov  # "two men were stabbed to death", "40 protesters were taken to hospital"
    for tok in (noun, nominal):
        if tok is not None and _noun_kind(tok):
            return _noun_kind(tok), None
        if tok is not None:
            for child in tok.children:
                if child.dep_ == "compound" and _noun_kind(child) and _noun_kind(child) != "other":
                    return _noun_kind(child), None  # "200 aid trucks"
    return None, None


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without its prepositional and clausal attachments
    ("Russian shelling in Kherson" -> "Russian shelling")."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("prep", "relcl", "acl", "punct", "cc", "advcl", "appos"):
            continue
        out.extend(_phrase_tokens(child) if child.dep_ == "conj" else child.subtree)
    return sorted(out, key=lambda t: t.i)


def _entities_of(table, tokens) -> list[str]:
    ids: list[str] = []
    for tok in tokens:
        eid = table.entity_at(tok.i) if table is not None else None
        if eid and eid not in ids:
            ids.append(eid)
    return ids


def _perpetrators(table, nominal: Token, event: Token | None) -> list[str]:
    """Entities of the agent: the passive ``by`` phrase, else the active subject
    of the event verb (climbing advcl/xcomp/conj chains for "..., killing 40")."""
    if event is None or event.pos_ not in ("VERB", "AUX"):
        return []
    for child in event.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            return _entities_of(table, _phrase_tokens(objs[0])) if objs else []
    if _governor(nominal).dep_ != "dobj":
        return []
    verb = event
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return _entities_of(table, _phrase_tokens(subjects[0]))
        if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return []


def _subject_text(noun: Token | None) -> str | None:
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    first = compounds[0].i if compounds else noun.i
    # a span's text, not doc.text: spaCy rebuilds the whole article string on every doc.text
    return noun.doc[first:noun.i + 1].text


def _money_subject(nominal: Token) -> str | None:
    for child in nominal.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0].text
    return None


def _since(doc: Doc, sent: Span, dates: list[DateRef]) -> str | None:
    for tok in sent:
        if tok.lower_ != "since":
            continue
        after = tok.idx + len(tok.text)
        for d in dates:
            # the date span may start at "since" itself (dates keep their preposition)
            if (d.start == tok.idx or after <= d.start <= after + 6) and d.end <= sent.end_char + 1:
                return d.value
    return None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else value


def _currency_sign(doc: Doc, phrase: NumberPhrase, sent: Span) -> bool:
    """A currency sign right before the number ("$5 billion", "€20m")."""
    if phrase.start <= sent.start:
        return False
    return kind_lexicon().get("noun", {}).get(doc[phrase.start - 1].text) == "money"


def _money_entity(doc: Doc, phrase: NumberPhrase) -> bool:
    """The tagger's MONEY span around the number names a currency ("5 billion dollars");
    it also tags bare large numbers ("displaced more than 12 million"), which are not money."""
    tok = doc[phrase.start]
    if tok.ent_type_ != "MONEY":
        return False
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    money = kind_lexicon().get("noun", {})
    return ent is not None and any(money.get(t.text) == "money" or money.get(t.lemma_.lower()) == "money" for t in ent)


@lru_cache(maxsize=1)
def figure_events() -> dict[str, tuple[frozenset[str], str | None]]:
    """kind -> (event types that cause it, kind it becomes when linked), from figure_events.tsv."""
    return {r["kind"].strip(): (frozenset((r.get("types") or "").split()), (r.get("as") or "").strip() or None)
            for r in load_tsv("figure_events.tsv")}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    return frozenset(w.lower() for f in ("person_nouns.txt", "person_nouns_custody.txt") for w in load_lines(f))


def trigger_kind(trigger: str) -> str | None:
    """The harm kind a trigger names ("shot dead" killed, "wounded", "arrested"), from figure_kinds."""
    from eventwire.extract.events.syntax import _stems

    events = kind_lexicon().get("event", {})
    for w in trigger.lower().split():
        for k in (w, *_stems(w)):
            if events.get(k) in HARM_KINDS:
                return events[k]
    return None


def _cause(fig: Figure, events: list, types: frozenset[str], becomes: str | None):
    """The event of ``types`` in the figure's sentence that contains it, else the nearest."""
    cands = [e for e in events if e.sentence == fig.sentence and e.type in types and not e.negated]
    if becomes is not None:  # "three men were put behind bars": only inside the arrest or the killing
        cands = [e for e in cands if e.start <= fig.start < e.end]
    if not cands:
        return None
    return min(cands, key=lambda e: (not (e.start <= fig.start < e.end or fig.start <= e.start < fig.end),
                                     abs(e.start - fig.start)))


def _attack_after(fig: Figure, events: list):
    """The attack or operation that names its doer after an agentless casualty count:
    "143 people died in the security forces' crackdown", "were killed in the army's
    offensive", "the toll of the police crackdown rose to 11". The nearest such event
    that starts right after the count (its cause phrase, within CAUSE_GAP characters), whose
    trigger ends in an instrument noun (event_grammar ``instrument_nouns``)."""
    cands = [e for e in events if e.sentence == fig.sentence and e.actor and not e.negated
             and e.type in CAUSE_TYPES and fig.start <= e.start <= fig.end + CAUSE_GAP and _nominal_attack(e.trigger)]
    return min(cands, key=lambda e: e.start) if cands else None


def _nominal_attack(trigger: str) -> bool:
    """The trigger is an attack or operation noun ("crackdown", "airstrikes"), not a verb
    ("raided": a clause of its own, whose doer need not have caused the count)."""
    from eventwire.extract.events.lexicon import grammar

    words = trigger.lower().split()
    nouns = set(grammar().instrument_nouns)
    return bool(words) and (words[-1] in nouns or words[-1].endswith("s") and words[-1][:-1] in nouns)


def link_events(figures: list[Figure], events: list) -> list[Figure]:
    """Figures linked to the events that caused them (``event``), with the event's actor as
    perpetrator when the figure's own phrase named none (PLOVER dead/injured, ACLED fatalities)."""
    table = figure_events()
    out = []
    for fig in figures:
        types, becomes = table.get(fig.kind, (frozenset(), None))
        ev = _cause(fig, events, types, becomes) if types else None
        if fig.kind in CASUALTY_KINDS and (ev is None or not ev.actor):
            ev = _attack_after(fig, events) or ev
        if ev is None:
            out.append(fig)
            continue
        update: dict = {"event": ev.id}
        if becomes:  # "other" people counted inside a harm event take its kind
            update["kind"] = trigger_kind(ev.trigger) or (becomes if ev.type == "COERCE" and "arrest" in ev.mode else "other")
        if not fig.by and ev.actor:
            update["by"] = list(ev.actor)
        out.append(fig.model_copy(update=update))
    return out


def _one_person(tok: Token, table=None) -> bool:
    """A singular phrase naming one person: "a man", "the driver", "Ahmed Ali", "he",
    "a 17-year-old", or a person of the entity table the tagger did not label."""
    if any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "him", "her")
    if tok.ent_type_ == "PERSON":
        return True
    if table is not None and tok.pos_ == "PROPN":
        ent = table.get(table.token_entity.get(tok.i)) if tok.i in table.token_entity else None
        if ent is not None and ent.kind == "person":
            return True
    if tok.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lemma_ == "year" for c in tok.children):
        return True  # "a 17-year-old was shot dead"
    # "an opposition MP": the tagger may call a singular person noun proper
    return tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in person_nouns()


def _private_doer(verb: Token) -> bool:
    """The verb's active subject is a private person (a pronoun, a named person, a person
    noun of no sector): "locked up" and "picked up" are then not custody."""
    from eventwire.extract.actors import group_sector

    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON" or subj.ent_type_ == "PERSON":
        return True
    return subj.lemma_.lower() in person_nouns() and group_sector([subj.lemma_]) is None


def _phrasal_kind(verb: Token) -> str | None:
    """The kind of a verb with its particle ("locked up", "picked up", "hauled in"): the
    bare verb names no harm, the pair does (figure_kinds role ``phrasal``)."""
    phrasal = kind_lexicon().get("phrasal", {})
    if _private_doer(verb):
        return None  # "she picked up her son": an errand, not an arrest
    for prt in verb.children:
        if prt.dep_ == "prt":
            kind = phrasal.get(f"{verb.lemma_.lower()} {prt.lower_}")
            if kind:
                return kind
    return None


def _harm_verb_kind(verb: Token) -> str | None:
    """The kind a verb gives the one person it harms: its own ("killed"), its complement's
    ("was shot dead"), its particle's ("was locked up") or its setting's ("was taken into
    custody", "remanded in custody")."""
    kind = _event_kind(verb)
    if kind is None:
        kind = next((_event_kind(c) for c in verb.children if c.dep_ in EVENT_COMPLEMENTS and _event_kind(c)), None)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if kind is None and nxt is not None and nxt.pos_ in ("ADJ", "ADV") and any(c.dep_ == "dobj" for c in verb.children):
        kind = _event_kind(nxt)  # "Cops shoot dead armed robbery suspect": the result word parsed onto the object
    return kind or _phrasal_kind(verb) or _result_kind(verb) or _setting_kind(verb)


def _result_kind(verb: Token) -> str | None:
    """The kind a "to ..." result phrase gives a verb that alone names no harm ("beaten
    to death", "stabbed to death"): figure_kinds role ``result``."""
    results = kind_lexicon().get("result", {})
    return next((results[g.lemma_.lower()] for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in results), None)


def _victims(verb: Token) -> list[Token]:
    """The people a harm verb counts: passive subject, subject of die/perish, or object."""
    from eventwire.extract.events.perpetrators import reads_passive

    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    deps = ("nsubjpass",) if passive else ("nsubj",) if _subject_event_kind(verb) or reads_passive(verb) else ("dobj",)
    heads = [c for c in verb.children if c.dep_ in deps]
    if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        heads = [verb.head]  # "Teenager killed by police bullet", "a man shot dead by police"
    elif not heads and verb.dep_ == "conj" and _subject_event_kind(verb):
        # "was beaten by officers and later died": the first verb's subject dies
        heads = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [heads[0]] + list(heads[0].conjuncts) if heads else []


def unnumbered_figures(doc: Doc, sent: Span, s_index: int, taken: list[Figure], table) -> list[Figure]:
    """Counts without a number: "a man was killed" (1), "a teacher and her son died" (2)."""
    out = []
    for verb in sent:
        kind = _harm_verb_kind(verb) if verb.pos_ == "VERB" else None
        if kind not in HARM_KINDS or any(c.dep_ == "neg" for c in verb.children):
            continue
        victims = _victims(verb)
        if not victims or not all(_one_person(t, table) for t in victims):
            continue
        lo = min(t.left_edge.i for t in victims)
        start, end = doc[lo].idx, max(verb.idx + len(verb.text), victims[-1].idx + len(victims[-1].text))
        if any(f.kind == kind and f.start < end and start < f.end for f in taken):
            continue
        span = doc[lo:max(verb.i, victims[-1].i) + 1]
        out.append(Figure(id="F0", kind=kind, value=len(victims), subject=_subject_text(victims[0]),
                          by=_perpetrators(table, victims[0], verb), start=span.start_char, end=span.end_char,
                          text=span.text, sentence=s_index))
    return out


def extract_figures(doc: Doc, table, quotes: list[Quote], dates: list[DateRef]) -> list[Figure]:
    """Counts of people and things, with kind, bounds, subject, perpetrator and evidence."""
    figures: list[Figure] = []
    text = doc.text
    for s_index, sent in enumerate(sentence_spans(doc)):
        for phrase in number_phrases(doc, sent):
            sign = _currency_sign(doc, phrase, sent)
            lead = phrase.start - 1 if sign else phrase.start
            qualifier, bound, first = _qualifier(doc, lead, phrase, sent)
            money = sign or _money_entity(doc, phrase)
            if not money and _is_not_count(doc, phrase, first, sent):
                continue
            root = _phrase_root(doc, phrase)
            nominal, noun = _counted_noun(doc, phrase, root)
            kind, event = ("money", None) if money else _frame(doc, nominal, noun)
            if kind is None:
                continue
            if kind == "money":
                event, subject = None, _money_subject(nominal)
            else:
                subject = _subject_text(noun)
            low = high = None
            if phrase.high is not None:
                low, high = phrase.value, phrase.high
            elif phrase.vague or bound == "low":
                low = phrase.value
            elif bound == "high":
                high = phrase.value
            span_toks = [doc[first], doc[phrase.end - 1]]
            if noun is not None and noun.pos_ in ("NOUN", "PROPN", "ADJ") and sent.start <= noun.i < sent.end:
                span_toks.append(noun)
            if event is not None and sent.start <= event.i < sent.end and abs(event.i - phrase.start) <= 8:
                span_toks.append(event)
            start = min(t.idx for t in span_toks)
            end = max(t.idx + len(t.text) for t in span_toks)
            by = _perpetrators(table, nominal, event) if kind in HARM_KINDS else []
            reported = next((q.id for q in quotes if q.start <= start and end <= q.end), None)
            figures.append(Figure(
                id=f"F{len(figures) + 1}", kind=kind, value=_number(phrase.value),
                low=None if low is None else _number(low), high=None if high is None else _number(high),
                qualifier=qualifier, subject=subject, by=by, since=_since(doc, sent, dates),
                start=start, end=end, text=text[start:end], sentence=s_index, reported_by=reported,
            ))
        for fig in unnumbered_figures(doc, sent, s_index, [f for f in figures if f.sentence == s_index], table):
            reported = next((q.id for q in quotes if q.start <= fig.start and fig.end <= q.end), None)
            figures.append(fig.model_copy(update={"id": f"F{len(figures) + 1}", "reported_by": reported}))
    return figures
