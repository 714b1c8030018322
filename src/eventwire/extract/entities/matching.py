"""Candidate mention finders: gazetteer, actor dictionaries, NER repairs."""
from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract import actors as actors_x
from eventwire.extract.docfacts import doc_facts
from eventwire.extract.entities.lexicon import (
    DETERMINERS, Gazetteer, NAME_PARTICLES, SUBJECT_DEPS, _area_nouns, _dictionary_phrases,
    _is_known_city, _key, _title_words, gazetteer,
)
from eventwire.extract.entities.model import _Cand


# --------------------------------------------------------------------------- matching


def _capitalized(tok) -> bool:
    return tok.text[:1].isupper()


def _lowers(doc: Doc) -> list[str]:
    """Lower-cased token texts with typographic apostrophes unified (cached per doc)."""
    cached = doc.user_data.get("eventwire_lowers")
    if cached is None or len(cached) != len(doc):
        cached = [w.replace("\u2019", "'") for w in doc_facts(doc).lowers]
        doc.user_data["eventwire_lowers"] = cached
    return cached


def _gazetteer_matches(doc: Doc, g: Gazetteer) -> list[_Cand]:
    """Longest non-overlapping gazetteer matches, left to right."""
    out: list[_Cand] = []
    lowers = _lowers(doc)
    n = len(doc)
    i = 0
    while i < n:
        if lowers[i] not in g.first:
            i += 1
            continue
        hit = None
        for length in range(min(g.max_len, n - i), 0, -1):
            entries = g.phrases.get(tuple(lowers[i:i + length]))
            if not entries:
                continue
            span = doc[i:i + length]
            ok = []
            for ref, exact in entries:
                if exact is not None:
                    if span.text.replace(" ", "") == exact.replace(" ", ""):
                        ok.append(ref)
                elif any(_capitalized(t) for t in span if t.lower_ not in DETERMINERS):
                    ok.append(ref)
            if ok:
                hit = (length, ok)
                break
        if hit:
            length, refs = hit
            # "the US", "The ICC": the name is the mention, the article is not part of it
            # (a collective "the Israeli army" gets its article back in _extend_collective).
            s0 = i
            while s0 < i + length - 1 and lowers[s0] in DETERMINERS:
                s0 += 1
            out.append(_Cand(s0, i + length, refs[0].kind, referent=refs[0], label="GAZ"))
            # Remember the alternatives of an ambiguous acronym (RSF) for later.
            out[-1].label = "GAZ" if len(refs) == 1 else "GAZ?" + "|".join(r.name for r in refs)
            i += length
        else:
            i += 1
    return out


def _extend_collective(doc: Doc, c: _Cand, g: Gazetteer) -> None:
    """'Israeli forces' / 'the Israeli army': the demonym plus a collective role noun is
    one mention of the country, with the noun's sector."""
    roles = actors_x.role_nouns()
    j = c.end
    demonym = tuple(_key(t.text) for t in doc[c.start:c.end]) in g.demonym_keys
    if not demonym and j + 1 < len(doc) and doc[j].text in ("'s", "’s"):
        j += 1  # "Russia's military"
    elif not demonym and not (j < len(doc) and doc[j].tag_ in ("NNS", "NNPS", "NN")):
        return
    for length in (2, 1):
        words = " ".join(t.lower_ for t in doc[j:j + length])
        r = roles.get(words)
        if r and r.type == "group" and j + length <= len(doc):
            if r.body and not demonym:
                return  # "Ukraine's air force" is an organization (_possessive_bodies)
            c.end = j + length
            c.sector = r.sector
            break
    if not demonym and not c.sector:
        return
    if c.start > 0 and doc[c.start - 1].lower_ == "the" and (c.sector or doc[c.start].tag_ in ("NNPS", "NNS")
                                                               or doc[c.start].text.endswith("s")):
        c.start -= 1


def _strip_person(doc: Doc, s: int, e: int, g: Gazetteer) -> tuple[int, int]:
    """Trim a PERSON span of leading titles/demonyms and trailing possessives."""
    words = _title_words()
    while s < e - 1:
        low = _key(doc[s].text)
        nxt = _key(doc[s + 1].text)
        # A country or demonym is a premodifier only before a title ("US President X"),
        # not when it is part of the name ("Israel Katz").
        if low in words or low in DETERMINERS or doc[s].is_punct or (
            (low,) in g.phrases and (nxt in words or (nxt,) in g.phrases)
        ):
            s += 1
        else:
            break
    while e > s + 1 and (doc[e - 1].text in ("'s", "\u2019s", "'") or doc[e - 1].is_punct):
        e -= 1
    return s, e


def _dictionary_matches(doc: Doc, actors_files, covered) -> list[_Cand]:
    phrases, max_len, first = _dictionary_phrases(tuple(actors_files))
    lowers = _lowers(doc)
    out = []
    i = 0
    while i < len(doc):
        if lowers[i] not in first:
            i += 1
            continue
        for length in range(min(max_len, len(doc) - i), 1, -1):
            if tuple(lowers[i:i + length]) in phrases and all(
                covered[k] is None and (doc[k].text[:1].isupper() or lowers[k] in NAME_PARTICLES
                                        or doc[k].is_punct or "-" in doc[k].text)
                for k in range(i, i + length)
            ) and doc[i].text[:1].isupper() and doc[i + length - 1].text[:1].isupper():
                out.append(_Cand(i, i + length, "person", label="DICT"))
                i += length
                break
        else:
            i += 1
    return out


def _propn_subjects(doc: Doc) -> list[tuple[str, int, int]]:
    """'Basem Naim said ...' when NER missed it: a chain of 2-4 capitalized proper
    nouns that is the subject of a verb, outside any NER span, read as a person."""
    out = []
    g = gazetteer()
    words = _title_words()
    for tok in (doc[i] for i in doc_facts(doc).where_pos("PROPN")):
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "PROPN" or tok.ent_type_ or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        s = tok.i
        while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ == "PROPN" and doc[s - 1].head.i >= s and not doc[s - 1].ent_type_:
            s -= 1
        toks = doc[s:tok.i + 1]
        if not 2 <= len(toks) <= 4:
            continue
        if all(t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in toks) and not any(
            _key(t.text) in words or (_key(t.text),) in g.phrases for t in toks
        ):
            out.append(("PERSON", s, tok.i + 1))
    return out


def _unlabelled_cities(doc: Doc) -> list[tuple[str, int, int]]:
    """A lone proper noun NER left unlabelled that names a city ("Shelling hit Kharkiv")."""
    out = []
    for tok in (doc[i] for i in doc_facts(doc).where_pos("PROPN")):
        if (tok.pos_ == "PROPN" and not tok.ent_type_ and not tok.is_sent_start and tok.text.isalpha()
                and _is_known_city(tok.text)
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
                and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")):
            out.append(("GPE", tok.i, tok.i + 1))
    return out


def _listed_places(doc: Doc) -> set[int]:
    """Proper nouns coordinated before a plural area noun ("the Bryansk, Kursk and Rostov
    regions", "Kherson and Zaporizhzhia provinces"): each names an area, whatever NER
    labelled it."""
    areas = _area_nouns()
    out: set[int] = set()
    for t in (doc[i] for i in doc_facts(doc).where_pos("PROPN")):
        if t.pos_ != "PROPN" or t.dep_ not in ("compound", "nmod", "amod") or t.head.lower_ not in areas:
            continue
        chain = [c for c in t.subtree if c.pos_ == "PROPN" and (c is t or c.dep_ == "conj")]
        if len(chain) > 1:
            out.update(c.i for c in chain)
    return out


def _unlabelled_sites(doc: Doc, lowers: list[str], site_nouns: frozenset[str]) -> list[tuple[str, int, int]]:
    """A proper noun NER left unlabelled right before a site noun ("the Kyivskyi district")."""
    propn = [doc[i] for i in doc_facts(doc).where_pos("PROPN") if i + 1 < len(doc) and lowers[i + 1] in site_nouns]
    return [("LOC", t.i, t.i + 1) for t in propn
            if t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() and lowers[t.i + 1] in site_nouns
            and t.dep_ == "compound"]


def _extend_name_left(doc: Doc, s: int, covered, title_words, g: Gazetteer) -> int:
    """'Min Aung Hlaing' when NER gave 'Aung Hlaing': take preceding capitalized
    proper-noun compounds of the name that are no title, country or known phrase."""
    while s > 0:
        t = doc[s - 1]
        if (t.pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper() and covered[t.i] is None
                and _key(t.text) not in title_words and (_key(t.text),) not in g.phrases and t.text.isalpha()):
            s -= 1
        else:
            break
    return s


def _person_by_apposition(doc: Doc, s: int, e: int, title_words) -> bool:
    """An NER organization that is a two- or three-word name followed by an apposition
    naming a personal role (", a Rohingya activist", ", the group's spokeswoman") is a person."""
    if not 2 <= e - s <= 3 or not all(t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower() for t in doc[s:e]):
        return False
    if any(_key(t.text) in title_words or actors_x.role_nouns().get(_key(t.text)) for t in doc[s:e]):
        return False
    roles = actors_x.role_nouns()
    if s >= 2 and doc[s - 1].text == "," and (r := roles.get(doc[s - 2].lower_)) and r.type == "title":
        return True  # "A foreign ministry spokeswoman, Nasrin Akter, told ..."
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[e + 2:min(e + 7, len(doc))]:
        if t.is_punct:
            break
        r = roles.get(t.lower_)
        if r and r.type == "title" and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN"):
            return True
    return False


def surnames_in(doc: Doc, cands: list[_Cand]) -> set[str]:
    return {doc[c.end - 1].text for c in cands if c.kind == "person" and c.end - c.start > 1}
