"""Perpetrators of deaths and injuries (issue 10 point 4): who killed or wounded, read from
the phrases real police and conflict news puts the doer in when the harm verb has no
subject of its own ("killed in army shelling", "died in a police raid", "in an encounter
with the police", "during a military operation", "succumbed to injuries sustained when
officers fired").

Method: a cause phrase is a cause preposition after the harm verb (or after "of wounds
suffered" / "injuries sustained") whose phrase reaches an attack or operation noun within
a few words; its actor is the phrase's own modifiers ("army", "Israeli", "police") or its
"by" / "with" object. The scan reads tokens rather than the parse because the tagger
often breaks these phrases ("army shelling" as a noun and a participle). Sector and
country are combined from the modifiers: "an Israeli army raid" is ISRMIL, and a weapon
of war that only states field ("a Russian missile strike") gives the country's military.
Word lists: ``data/perpetrator_phrases.yaml``.
"""
from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from spacy.tokens import Token

from eventwire.lexicon import load_lines, load_yaml


@lru_cache(maxsize=1)
def security_sectors() -> frozenset[str]:
    """Sectors of the state's armed and security bodies (MIL, COP, SPY)."""
    return frozenset(load_lines("security_sectors.txt"))


@lru_cache(maxsize=1)
def phrases() -> SimpleNamespace:
    """The word lists of ``perpetrator_phrases.yaml`` (lists as frozensets)."""
    raw = load_yaml("perpetrator_phrases.yaml")
    return SimpleNamespace(**{k: frozenset(str(x).lower() for x in v) if isinstance(v, list) else v
                              for k, v in raw.items()})


def is_attack(tok: Token) -> bool:
    words = phrases().attack_nouns | phrases().custody_nouns
    low = tok.lower_
    return low in words or tok.lemma_.lower() in words or low.endswith("s") and low[:-1] in words


def _agent_after(noun: Token) -> list[Token]:
    """The doer named after an attack noun: "a raid by soldiers", "an encounter with the
    police", "at the hands of the army" (``of`` only for the nouns whose ``of`` is the doer)."""
    p = phrases()
    sent_end = noun.sent.end
    k = noun.i + 1
    while k + 2 < sent_end and noun.doc[k].lower_ == "of" and is_attack(noun.doc[k + 1]):
        k += 2  # "an exchange of fire with the police", "a hail of bullets from soldiers"
    if k >= sent_end or noun.doc[k].lower_ not in p.agent_preps:
        return []
    if noun.doc[k].lower_ == "of" and noun.lower_ not in p.of_agent_nouns:
        return []
    # the object's head: the last noun of the run after the preposition ("the Uttar Pradesh
    # police's special task force" -> force, with "police" as its possessor)
    head = None
    for t in noun.doc[k + 1:min(sent_end, k + 1 + p.max_agent_words)]:
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
        elif t.pos_ not in ("DET", "ADJ", "PART", "NUM", "VERB") or t.is_punct:
            break
    return [head] if head is not None else []


def _phrase_actors(doc, start: int, end: int) -> tuple[list[Token], Token | None]:
    """(actor tokens, attack noun) of a cause phrase starting at ``start``: the modifiers
    before the first attack noun, and the doer named after it."""
    p = phrases()
    mods: list[Token] = []
    for t in doc[start:min(end, start + p.max_phrase_words)]:
        if t.is_punct or t.pos_.lower() not in p.phrase_pos:
            return [], None
        if is_attack(t) and t.lower_ not in p.wound_nouns:
            return mods + _agent_after(t), t
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop:
            mods.append(t)
    return [], None


def _when_subjects(verb: Token) -> list[Token]:
    """"killed when troops opened fire", "injuries sustained as officers chased him": the
    subject of a temporal clause on the verb."""
    from eventwire.extract.events.lexicon import grammar

    marks = grammar().when_marks
    # the mark may hang on a coordinated verb of the clause ("when officers chased and rammed")
    subjects = [s for c in verb.children if c.dep_ == "advcl"
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for v in (c, *c.conjuncts) for m in v.children)
                for s in c.children if s.dep_ == "nsubj"]
    # a headline's "shot dead as gendarmes clear roadblock", read as a preposition and its object
    return subjects or [o for c in verb.children if c.dep_ == "prep" and c.lower_ in marks and c.i > verb.i
                        for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]


def _clause_agents(verb: Token) -> list[Token]:
    """"died after being beaten by warders", "died when he was hit by a police car": the
    agent of a passive clause hanging on the victim verb."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in phrases().cause_preps
                for g in c.children if g.dep_ == "pcomp"]
    if verb.dep_ == "conj":  # "was hit by a canister fired by riot police and died two days later"
        clauses.append(verb.head)
    return [_fired_by(o) for c in clauses if any(x.dep_ == "auxpass" for x in c.children)
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _fired_by(tok: Token) -> Token:
    """Whoever fired or threw the thing that did the harm ("a canister fired by riot
    police"), else the thing itself."""
    return next((o for acl in tok.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
                 for o in a.children if o.dep_ == "pobj"), tok)


def custodians(verb: Token) -> list[Token]:
    """Who held the victim of a death: "a detainee held by the intelligence service died",
    "a man in the custody of the anti-terrorism police was found dead"."""
    p = phrases()
    # "a woman in the custody of ... fell into a coma and died": the subject is the first verb's
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    victims = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: list[Token] = []
    for v in victims:
        for ch in v.children:
            if ch.dep_ == "acl" and ch.lemma_.lower() in p.custody_verbs:
                out += [o for a in ch.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            elif ch.dep_ == "prep" and ch.lower_ == "in":
                out += [o for c in ch.children if c.dep_ == "pobj" and c.lemma_.lower() in p.custody_nouns
                        for of in c.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
    return out


def reads_passive(verb: Token) -> bool:
    """A headline's "Protester shot dead as police disperse march": a harm verb with its
    result word ("dead") and no object is passive whatever the tagger says, its subject
    the victim ("police shot dead" never stands alone in the active)."""
    results = phrases().result_words
    return verb.tag_ in ("VBD", "VBN") and any(c.dep_ in ("acomp", "oprd") and c.lower_ in results for c in verb.children) \
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)


def cause_actors(verb: Token, depth: int = 0) -> tuple[list[Token], Token | None]:
    """(actor tokens, attack noun) of the cause phrase after a harm verb that has no subject
    of its own: "killed in army shelling", "died after a raid by soldiers", "died of wounds
    suffered in an Israeli army raid", "succumbed to injuries sustained when officers fired"."""
    p = phrases()
    doc, sent_end = verb.doc, verb.sent.end
    when = _when_subjects(verb) or _clause_agents(verb)
    if when:
        return when, next((t for t in when if is_attack(t)), None)
    for k in range(verb.i + 1, min(sent_end, verb.i + 2 + p.max_gap_words)):
        t = doc[k]
        if t.is_punct and t.text != "-":
            break
        if t.lower_ in p.wound_nouns and depth == 0:
            # "of wounds suffered in ...": the wounding verb carries the cause
            nxt = next((x for x in doc[k + 1:min(sent_end, k + 3)] if x.pos_ == "VERB"), None)
            return cause_actors(nxt, 1) if nxt is not None else ([], None)
        if t.lower_ in p.cause_preps:
            actors, noun = _phrase_actors(doc, k + 1, sent_end)
            if noun is not None:
                return actors, noun
    return [], None


def _military_weapon(noun: Token | None) -> bool:
    """The attack noun, or a word modifying it, is a weapon only armed forces field."""
    if noun is None:
        return False
    weapons = phrases().military_weapons
    words = [noun] + [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return any(w.lower_ in weapons or w.lemma_.lower() in weapons for w in words)


def _sector_entity(res, tok: Token, sector: str) -> str | None:
    """A group entity for a security force no entity names ("a military operation",
    "district reserve guard personnel"), placed as the coder places implied police."""
    from eventwire.extract import actors as actors_x
    from eventwire.record import Entity, Mention

    first = min([tok] + [c for c in tok.lefts if c.dep_ in ("compound", "amod")], key=lambda t: t.i)
    name = tok.doc[first.i:tok.i + 1].text.lower()
    if name in res.groups:
        return res.groups[name]
    sent = tok.sent
    near = [(abs(start - tok.idx), c) for start, c in res.place_country.items()
            if c and sent.start_char <= start < sent.end_char]
    country = min(near)[1] if near else res.country
    eid = res._new_id()
    res.made[eid] = Entity(id=eid, name=name, kind="group", country=country, sector=sector,
                           code=actors_x.combine(country, sector),
                           mentions=[Mention(start=first.idx, end=tok.idx + len(tok.text), text=tok.doc[first.i:tok.i + 1].text)])
    res.valid.add(eid)
    res.groups[name] = eid
    return eid


def _entity(res, eid: str):
    return res.table.get(eid) or res.made.get(eid)


def _code_of(res, eid: str) -> str | None:
    ent = _entity(res, eid)
    return res.codes.get(eid) or (ent.code if ent is not None else None)


def _place_of(res, eid: str) -> tuple[str | None, str | None]:
    """(country, security sector) of an actor as the event codes it."""
    from eventwire.extract import actors as actors_x

    code = _code_of(res, eid)
    if code in security_sectors():
        return None, code
    country, sector = actors_x.split_code(code)
    ent = _entity(res, eid)
    return country or (ent.country if ent is not None else None), sector if sector in security_sectors() else None


def _sector_word(toks: list[Token]) -> tuple[Token | None, str | None]:
    """The first word of the actor phrases that names a security force, with its sector:
    "an Israeli army raid" (army MIL), "the police's special task force" (force MIL)."""
    from eventwire.extract import actors as actors_x

    for t in toks:
        for w in [t] + [c for c in t.children if c.dep_ in ("compound", "amod", "poss")]:
            sector = actors_x.group_sector([w.lemma_.lower()]) or actors_x.group_sector([w.lower_])
            if sector in security_sectors():
                return t, sector
    return None, None


def force_actors(ids: list[str], toks: list[Token], res, noun: Token | None) -> list[str]:
    """The actor ids of an attack, the security force first and coded with the country its
    phrase names: "an Israeli army raid" (Israel + army) is ISRMIL, "a Russian missile
    strike" RUSMIL; a force no entity names ("a military operation") gets one."""
    from eventwire.extract import actors as actors_x

    ids = list(ids)
    places = {i: _place_of(res, i) for i in ids}
    country = next((c for c, _ in places.values() if c), None)
    force = next((i for i, (_, s) in places.items() if s), None)
    sector = places[force][1] if force else None
    if sector is None:
        word, sector = _sector_word(toks)
        if sector is None and country and _military_weapon(noun):
            sector = "MIL"  # a weapon of war that only the named state's forces field
        if sector is None:
            return ids
        # a place named in the phrase ("the Uttar Pradesh police") tells the country, not the doer
        holders = [i for i in ids if getattr(_entity(res, i), "kind", None) != "place"]
        force = next((i for i in holders if places[i][0]), None)
        if force is None:  # no actor of the phrase is placed: the force gets an entity of its own
            force = (_sector_entity(res, word, sector) if word is not None else None) or (holders[0] if holders else None)
            if force is None:
                return ids
            ids.append(force)
    country = country or _place_of(res, force)[0]
    res.codes[force] = actors_x.combine(country, sector)
    return [force] + [i for i in ids if i != force]
