"""Small parse helpers shared by the event coder: token keys, conjuncts, subjects,
argument phrases, quantity heads and the holder of a reported clause."""
from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.events.lexicon import Lexicon, active_lexicon, grammar

W = grammar()


def _keys(tok: Token) -> tuple[str, ...]:
    """Lookup keys of a token: its lemma, its text and, for inflected verbs, the stems the
    lemmatizer may have missed ("staged" lemmatised as "stag", "massed" as "masse")."""
    lem, low = tok.lemma_.lower(), tok.lower_
    keys = (lem,) if lem == low else (lem, low)
    if tok.tag_ in ("VBD", "VBN", "VBG", "VBZ") and not tok.is_stop:
        keys = keys + tuple(k for k in _stems(low) if k not in keys)
    return keys


def _stems(word: str) -> tuple[str, ...]:
    """Regular English verb stems of an inflected form: staged -> stage, carried -> carry,
    shelling -> shell / shelle, stops -> stop."""
    for suffix, repl in (("ied", ("y",)), ("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            out = [base + r for r in repl]
            if len(base) > 2 and base[-1] == base[-2] and suffix in ("ing", "ed"):
                out.append(base[:-1])  # "shelled" -> "shell" is there; "stopped" -> "stop"
            return tuple(out)
    return ()


def _tok_is(tok: Token, word: str) -> bool:
    return word == tok.lower_ or word == tok.lemma_.lower()


def _with_conj(tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _may_act(tok: Token) -> bool:
    """Whether a noun phrase head can name an acting party: a name, a pronoun, or a
    noun of the lexicon's actor_nouns / state_heads ("urged the army to ...")."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_:
        return True
    lex = active_lexicon()
    lem = _counted(tok).lemma_.lower()
    return lem in lex.actor_nouns or lem in lex.state_heads or lem in lex.acting_nouns


def _is_person(tok: Token) -> bool:
    """Whether a noun names people ("who" refers to one): a person or nationality name,
    or a group noun of the lexicon ("protesters", "families"), not an institution."""
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    return active_lexicon().actor_nouns.get(_counted(tok).lemma_.lower()) in ("group", "person")


def _gerund_subject(tok: Token) -> list[Token]:
    """The doer of a gerund after a preposition: the governing verb's object for "for"/"of"
    ("praised troops for recapturing the town", "accused the rebels of targeting"), else its
    subject ("charged Suu Kyi a day after detaining her", "left without paying")."""
    prep, verb = tok.head, tok.head.head
    if prep.lower_ in W.object_gerund_preps:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if objs:
            return _with_conj(objs[0]) if _may_act(objs[0]) else []
    return _subject_heads(verb, "verb")


def _subject_heads(tok: Token, pos: str) -> list[Token]:
    if pos == "verb":
        for c in tok.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in W.relative_pronouns and tok.dep_ == "relcl":
                    if c.lower_ == "who" and not _is_person(tok.head):
                        # "arrested protesters outside the residence who were demanding ...":
                        # "who" is a person, the nearest one before the clause
                        for k in range(tok.head.i - 1, max(0, tok.head.i - 15) - 1, -1):
                            t = tok.doc[k]
                            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("poss", "compound") and _is_person(t):
                                return [t]
                            if t.is_sent_start:
                                break
                    return [tok.head]  # "protesters who marched on parliament"
                return _with_conj(c)
        if tok.dep_ == "xcomp":
            # object control: "urged Israel to withdraw", "prompting Israel to recall"; an
            # instrument is no controller ("police used tear gas to disperse ...")
            objs = [c for c in tok.head.children if c.dep_ == "dobj"]
            if objs and _may_act(objs[0]):
                return _with_conj(objs[0])
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
            return _gerund_subject(tok)
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in active_lexicon().reporting_verbs \
                and tok.lemma_.lower() not in W.verbal_participles:
            # "RSF fighters stormed the camp, residents said, setting fire to the market":
            # the participle continues the reported clause, not the reporters' act
            reported = next((c for c in tok.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i), None)
            if reported is not None:
                return _subject_heads(reported, "verb")
        if tok.dep_ in ("advcl", "conj") and tok.head.lemma_.lower() in W.victim_verbs:
            return []  # "three villagers died in army shelling": the dead did not shell
        if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
            subj = _subject_heads(tok.head, "verb")
            if tok.dep_ == "conj" and subj and tok.head.dep_ == "ccomp" and tok.pos_ == "VERB" \
                    and tok.head.head.i < tok.head.i and not any(_may_act(x) for x in subj):
                # "The Taliban said the warrants were meaningless and accused the court":
                # a conjoined act whose inherited subject cannot act joins the reporting verb;
                # a source named after its report ("A bomb killed one and wounded five, police
                # said") is never an argument of the reported act
                return _subject_heads(tok.head.head, "verb")
            return subj
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return [tok.head]  # "The Gambia's case accusing Myanmar ..."
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "the government's decision to halt talks", "Israel's plan to expand operations"
            return [c for c in tok.head.children if c.dep_ == "poss"]
        return []
    out = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _phrase(tok: Token) -> Span:
    """The argument phrase of a head token: its left modifiers plus "of"/"in" phrases and appositions."""
    start = tok.left_edge.i
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ in W.phrase_preps):
            end = max(end, c.right_edge.i + 1)
    return tok.doc[start:end]


def _counted(tok: Token) -> Token:
    """The counted noun of a quantity phrase ("thousands of people", "dozens of gunmen")."""
    actor_nouns = active_lexicon().actor_nouns
    for _ in range(3):
        if not (tok.pos_ == "NUM" or tok.lemma_.lower() in W.quantity or tok.lower_ in W.quantity) or tok.lemma_.lower() in actor_nouns:
            break  # "families of the victims" name the families
        nxt = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if nxt is None:
            break
        tok = nxt
    return tok


def _holder(tok: Token, lex: Lexicon, resolved: dict) -> Token | None:
    """The subject of the reporting clause that governs tok ("X said [they would ...]");
    an unresolved pronoun subject is skipped so the search goes on upwards."""
    t = tok
    for _ in range(8):
        if t.head is t:
            return None
        dep = t.dep_
        t = t.head
        if dep in ("ccomp", "parataxis", "xcomp", "advcl", "conj") or t.lemma_.lower() in lex.reporting_verbs:
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if c.lower_ in W.third_person | W.first_person and c.i not in resolved:
                        continue
                    return c
    return None

