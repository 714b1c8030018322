"""Actor resolution: entity ids for the arguments of an event (subjects, agents,
objects, possessors, light-verb subjects), pronouns through quotes and reporting
clauses, and group entities for common-noun actors ("police", "gunmen")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.extract import actors as actors_x
from eventwire.extract.events.lexicon import Lexicon, grammar
from eventwire.extract.events.matching import _Cand
from eventwire.extract.events import perpetrators as perp
from eventwire.extract.events.perpetrators import security_sectors
from eventwire.extract.events.syntax import _counted, _holder, _phrase, _subject_heads, _with_conj
from eventwire.record import Entity, Mention

W = grammar()


class _Resolver:
    """Entity ids for argument tokens, with the quote and reporting context for pronouns."""

    def __init__(self, doc: Doc, table, quotes, lex: Lexicon, places=()):
        self.doc, self.table, self.quotes, self.lex = doc, table, quotes or [], lex
        # alpha-3 country of each place mention by its start offset ("police in Lagos" -> NGA)
        self.place_country = {m.start: actors_x.alpha3(p.country) for p in places or () for m in p.mentions}
        self.country = actors_x.main_country(table.entities, places or ()) or actors_x.text_country(doc)
        self.valid = {e.id for e in table.entities}
        self.groups: dict[str, str] = {}  # lower-cased name -> id of a group entity made here
        # entities made here are the coder's own: returned to build_record, never written into the table
        self.made: dict[str, Entity] = {}
        self.codes: dict[str, str] = {}  # entity id -> code as named in the current event

    def _new_id(self) -> str:
        taken = {e.id for e in self.table.entities} | set(self.made)
        n = 1 + max((int(i[1:]) for i in taken if i[:1] == "E" and i[1:].isdigit()), default=0)
        while f"E{n}" in taken:
            n += 1
        return f"E{n}"

    def named_entity(self, tok: Token) -> str | None:
        """An actor the tagger missed, named by a country, a known organization or a
        nationality ("vietnam and the philippines agreed", "opec agreed", "israeli fire"
        in lower-cased text); one entity per name in an article."""
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or tok.is_stop:
            return None
        if len(tok.text) <= 3 and not tok.text.isupper() and "." not in tok.text:
            # "car bomb" is no Central African Republic (CAR): short names only as written
            # acronyms or dotted abbreviations ("the u.s. drone strike" in lower-cased copy)
            return None
        parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
        name = " ".join(t.text for t in parts)
        key = actors_x.normalize_name(name)
        org = actors_x.organization_codes().get(key)
        country = None if org else actors_x.demonym_country(name) or self._country_name(tok, name)
        if org is None and country is None:
            return None
        kind = "organization" if org else "country"
        gid = self.groups.get("named:" + (org or country))
        mention = Mention(start=parts[0].idx, end=tok.idx + len(tok.text), text=self.doc[parts[0].i:tok.i + 1].text)
        if gid is not None:
            self.made[gid].mentions.append(mention)
            return gid
        eid = self._new_id()
        shown = name if org else (self._country_display(country) or name)
        self.made[eid] = Entity(id=eid, name=shown, kind=kind, code=org or country, country=None if org else country,
                                mentions=[mention])
        self.valid.add(eid)
        self.groups["named:" + (org or country)] = eid
        return eid

    @staticmethod
    def _country_name(tok: Token, name: str) -> str | None:
        from eventwire.geo import gazetteer

        entry = gazetteer().lookup(name, strict=True)
        return actors_x.alpha3(entry.country) if entry is not None and entry.precision == "country" else None

    @staticmethod
    def _country_display(code: str) -> str | None:
        from eventwire.geo import gazetteer

        entry = gazetteer().country(code)
        return entry.name if entry is not None else None

    def country_of(self, head: Token) -> str | None:
        """Country of a group from its own words: a nationality or place modifier
        ("Fijian rebels"), a possessor ("Nigeria's police") or an "in" phrase ("rebels in
        Chad", "police in Lagos"); None when the phrase names none."""
        cands = [c for c in head.children if c.dep_ in ("amod", "compound", "poss")]
        cands += [g for c in head.children if c.dep_ == "prep" and c.lower_ in W.location_preps
                  for g in c.children if g.dep_ == "pobj"]
        # "officers of iran's morality police": the body they belong to tells the country
        cands += [m for c in head.children if c.dep_ == "prep" and c.lower_ in W.member_preps
                  for g in c.children if g.dep_ == "pobj" for m in g.children if m.dep_ in ("poss", "amod", "compound")]
        for c in cands:
            eid = self.table.token_entity.get(c.i)
            ent = self.table.get(eid) if eid else None
            if ent is not None and ent.country and ent.kind in ("country", "place", "organization", "group"):
                return ent.country
            for t in c.subtree:
                country = self.place_country.get(t.idx)
                if country:
                    return country
            if c.dep_ == "pobj":  # a place the tagger missed ("police in kano")
                country = actors_x.place_country(c)
                if country:
                    return country
            elif not c.is_stop:  # "kenya's president", "iraqi police", "mumbai police" in lower-cased text
                country = actors_x.demonym_country(c.text) or self._country_name(c, c.text) or actors_x.place_country(c)
                if country:
                    return country
        return None

    def group_entity(self, tok: Token, country: str | None = None, kind: str | None = None,
                     default_sector: str | None = None) -> str | None:
        """An entity for a common-noun actor the table has none for ("police", "gunmen",
        "Serbian students"), appended to the table with the next free E-number; one
        entity per name in an article. None when the noun does not name people.
        ``default_sector`` codes people with no sector of their own (victims: CVL)."""
        head = _counted(tok)
        kind = kind or self.lex.actor_nouns.get(head.lemma_.lower()) or self.lex.actor_nouns.get(head.lower_)
        if kind is None and head.lower_.endswith("s"):  # "Rebels" tagged as a name keeps its plural lemma
            kind = self.lex.actor_nouns.get(head.lower_[:-1])
        if kind is None and head is not tok and head.ent_type_ == "NORP" and head.text.endswith("s"):
            kind = "group"  # "tens of thousands of Israelis rallied": the people, not the state
        if kind is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        # the name: the noun with its compounds and proper adjectives ("riot police",
        # "Air traffic controllers", "Serbian students"); "young", "unidentified" are left out
        kept = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                or c.dep_ == "amod" and (c.ent_type_ in ("NORP", "GPE") or c.text[:1].isupper() and not c.is_sent_start)]
        toks = sorted(kept, key=lambda t: t.i) + [head]
        words = [t.text for t in toks]
        if toks[0].is_sent_start and toks[0].ent_type_ not in ("NORP", "GPE", "ORG") and not toks[0].text.isupper():
            words[0] = words[0].lower()
        name = " ".join(words)
        key = name.lower()
        start, end = toks[0].idx, head.idx + len(head.text)
        mention = Mention(start=start, end=end, text=self.doc[toks[0].i:head.i + 1].text)
        eid = self.groups.get(key)
        if eid is not None:
            ent = self.made.get(eid)
            if ent is not None and all(m.start != start for m in ent.mentions):
                ent.mentions.append(mention)
            return eid
        taken = {e.id for e in self.table.entities} | set(self.made)
        n = 1 + max((int(i[1:]) for i in taken if i[:1] == "E" and i[1:].isdigit()), default=0)
        while f"E{n}" in taken:
            n += 1
        eid = f"E{n}"
        country = self.country_of(head) or country or self.country
        # the compound first: "intelligence agents" are SPY, "agents" alone COP
        sector = actors_x.group_sector(words) or actors_x.group_sector([head.lemma_])
        if head.ent_type_ == "NORP" and sector is None:
            sector = "CVL"  # a people ("ethnic Serbs in Kosovo") are civilians where they live
        sector = sector or default_sector
        # "EU leaders", "AU envoys": a known organization's modifier makes them its people
        # a security noun with no country in the text keeps its sector ("troops" MIL): a filter
        # for deaths caused by security forces must still see who they were
        code = actors_x.inner_organization_code(name) or actors_x.combine(country, sector if country or sector in security_sectors() else None)
        self.made[eid] = Entity(id=eid, name=name, kind=kind, country=country, sector=sector,
                                code=code, mentions=[mention],
                                title=name if kind == "person" else None)
        self.valid.add(eid)
        self.groups[key] = eid
        return eid

    def implied_police(self, tok: Token) -> str | None:
        """The police as the implied doer of an agentless arrest at ``tok``: the article's
        "police" group if there is one, else a new one without a mention, in the country of
        the place nearest the trigger in its sentence ("detained at her home in Dhaka"), else
        the article's; None when no country is known."""
        eid = self.groups.get("police")
        if eid is not None:
            return eid
        sent = tok.sent
        near = [(abs(start - tok.idx), c) for start, c in self.place_country.items()
                if c and sent.start_char <= start < sent.end_char]
        country = min(near)[1] if near else self.country
        eid = self._new_id()
        self.made[eid] = Entity(id=eid, name="police", kind="organization", country=country, sector="COP",
                                code=actors_x.combine(country, "COP"), mentions=[])
        self.valid.add(eid)
        self.groups["police"] = eid
        return eid

    def is_place(self, tok: Token) -> bool:
        """A city or region name ("Nairobi tax demonstrations" happen there, Nairobi does not act)."""
        eid = self.table.token_entity.get(tok.i)
        ent = self.table.get(eid) if eid else None
        return ent is not None and ent.kind == "place"

    def quote_at(self, tok: Token):
        for q in self.quotes:
            if q.start <= tok.idx < q.end:
                return q
        return None

    def _speaker_side(self, speaker: str | None) -> str | None:
        if not speaker or speaker not in self.valid:
            return None
        ent = self.table.get(speaker)
        if ent is not None and ent.kind == "person" and ent.affiliation in self.valid:
            return ent.affiliation
        return speaker

    def entity(self, tok: Token, context: Token, create: bool = False) -> str | None:
        low = tok.lower_
        eid = self.table.token_entity.get(tok.i)
        if create and eid is not None and tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
            # "ethnic Serbs in Kosovo": a people living in another country are coded where they live
            where, ent = self.country_of(tok), self.table.get(eid)
            if where and ent is not None and ent.country != where:
                return self.group_entity(tok, where, kind="group") or eid
        if eid is None and tok.pos_ != "PRON":
            eid = self.table.entity_in(tok.doc[tok.left_edge.i:tok.i + 1])
            ent = self.table.get(eid) if eid else None
            kind = self.lex.actor_nouns.get(tok.lemma_.lower())
            if create and ent is not None and kind and (
                    ent.kind == "place"  # "a Manhattan jury" is not Manhattan
                    or ent.kind in ("country", "group") and kind == "group" and tok.lemma_.lower() not in self.lex.state_heads
                    and tok.lower_ not in self.lex.state_heads):
                # "French farmers blocked ...": a nationality does not make a group the state
                gid = self.group_entity(tok, ent.country)
                if gid:
                    return gid
            if eid is None:
                # "its soldiers": the possessor stands for the group
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
                if poss is not None:
                    eid = self.entity(poss, context)
            if eid is None:
                # "a senior leader in Hamas" names Hamas, "the junta in Burkina Faso" the
                # state; "police in Yangon", "parties in Mozambique" and "gunmen in central
                # Mali" do not name the place
                eid = self.table.entity_in(_phrase(tok))
                ent = self.table.get(eid) if eid else None
                if ent is not None and (ent.kind == "place" or ent.kind == "country" and tok.lemma_.lower() not in self.lex.state_heads
                                        or not ent.code and actors_x.name_country(ent.name)):
                    eid = None  # (also a city or region the tagger took for a body: "a court in Tunis")
            if eid is None and create:
                eid = self.named_entity(tok)
            if eid is None and create and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
                # ("its forces" belong to whoever "its" is: no new group for them)
                eid = self.group_entity(tok)
        if eid in self.valid:
            return eid
        if tok.pos_ != "PRON":
            return None
        if low in W.first_person:
            q = self.quote_at(tok)
            if q is not None and q.speaker:
                return self._speaker_side(q.speaker)
            h = _holder(context, self.lex, self.table.token_entity)
            return self._speaker_side(self.holder_entity(h))
        if low in W.person_pronouns:
            # "Trump said he would impose ...": the reporting subject, when it is a person
            h = _holder(context, self.lex, self.table.token_entity)
            hid = self.holder_entity(h)
            ent = self.table.get(hid) if hid else None
            # (an organisation too: the tagger sometimes labels a surname as one)
            return hid if ent is not None and ent.kind in ("person", "organization") else None
        if low in W.group_pronouns:
            # a spokesperson's "they" is the organisation they speak for
            q = self.quote_at(tok)
            h = _holder(context, self.lex, self.table.token_entity)
            spk = self.holder_entity(h) if h is not None else (q.speaker if q is not None and q.kind != "direct" else None)
            if spk:
                return self._speaker_side(spk)
        return None

    def recipient_entities(self, toks: list[Token], context: Token, actor_ids: list[str] = ()) -> list[str]:
        """Entity ids of recipients. People the table has no entity for ("three children",
        "two men", "suspected militants") are coded as a mention of their country's entity
        when the table has one ("Kenyan police" is a mention of Kenya), with the noun's
        sector or CVL in the event's codes; else they get a group entity as actors do."""
        from eventwire.extract.figures import person_nouns

        out = self.entities(toks, context)
        for t in toks:
            head = _counted(t)
            if self.entity(t, context) is not None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
                continue
            lemma = head.lemma_.lower()
            if lemma in person_nouns() or lemma in self.lex.actor_nouns and self.lex.actor_nouns[lemma] == "group":
                eid = self._people_of_country(head, actor_ids)
                if eid is None and not self._country_entity(head):  # (text without a tagged country: lower-cased copy)
                    eid = self.group_entity(t, kind="group", default_sector="CVL")
                if eid and eid not in out:
                    out.append(eid)
        return out

    def _country_entity(self, head: Token) -> str | None:
        """The table's country entity for people at ``head`` (their own words, else the article's country)."""
        country = self.country_of(head) or self.country
        return next((e.id for e in self.table.entities if e.kind == "country" and e.country == country), None) if country else None

    def _people_of_country(self, head: Token, actor_ids) -> str | None:
        """The table's entity of the people's country, coded here with their sector
        ("three children" in Gaza: the Palestinian entity as PSECVL); None without one, or
        when that entity already acts or is coded in this event ("Israeli forces killed
        three Israelis" keeps both)."""
        country = self.country_of(head) or self.country
        eid = self._country_entity(head)
        if eid is None or eid in actor_ids or eid in self.codes:
            return None
        words = [c.lemma_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ not in ("GPE", "NORP")]
        sector = actors_x.group_sector(words + [head.lemma_]) or "CVL"
        self.codes[eid] = actors_x.combine(country, sector)
        return eid

    def holder_entity(self, h: Token | None) -> str | None:
        if h is None:
            return None
        eid = self.table.token_entity.get(h.i) or self.table.entity_in(_phrase(h))
        return eid if eid in self.valid else None

    def entities(self, toks: list[Token], context: Token, create: bool = False) -> list[str]:
        out: list[str] = []
        for t in toks:
            eid = self.entity(t, context, create)
            for one in self._conjoined_countries(t, eid) if eid else ():
                if one in out:
                    continue
                out.append(one)
                code = self.phrase_code(one, t)
                if code:
                    self.codes[one] = code
        return out

    def _conjoined_countries(self, tok: Token, eid: str) -> list[str]:
        """"Indian and Chinese troops", "the U.S. and Russian presidents": each coordinated
        nationality before the head is an actor of its own, in text order (the parse hangs
        the later ones on the first, and a span lookup finds only one of them)."""
        head = _counted(tok)
        ids: list[str] = []
        for mod in head.lefts:
            if mod.dep_ not in ("amod", "nmod", "compound"):
                continue
            for t in _with_conj(mod):
                i = self.table.token_entity.get(t.i)
                ent = self.table.get(i) if i else None
                if ent is not None and ent.kind == "country" and i in self.valid and i not in ids:
                    ids.append(i)
        return ids if len(ids) > 1 and eid in ids else [eid]

    def _owner_code(self, ent: Entity, tok: Token) -> str | None:
        """A generic body name the table gives one country ("Supreme Court" USAJUD) as this
        phrase places it in another: "Britain's Supreme Court" GBRJUD, "the Indian Supreme Court"."""
        head = _counted(tok)
        for c in head.children:
            if c.dep_ not in ("poss", "amod", "compound") or c.i in range(head.left_edge.i, head.i) and c.dep_ == "compound" \
                    and c.ent_type_ not in ("GPE", "NORP"):
                continue
            other = self.table.get(self.table.token_entity.get(c.i)) if c.i in self.table.token_entity else None
            country = other.country if other is not None and other.kind == "country" else actors_x.demonym_country(c.text)
            if country and country != ent.country:
                return actors_x.combine(country, ent.sector)
        return None

    def phrase_code(self, eid: str, tok: Token) -> str | None:
        """The code of a country entity as this phrase names it: "Kenyan police" (COP),
        "Sri Lanka's president" (GOV), "Myanmar's junta forces" (MIL); None otherwise."""
        ent = self.table.get(eid) or self.made.get(eid)
        if ent is not None and ent.kind == "organization" and ent.country and ent.sector and tok.pos_ in ("NOUN", "PROPN"):
            return self._owner_code(ent, tok)
        if ent is None or ent.kind != "country" or not ent.country or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        head = _counted(tok)
        if head.i in self.table.token_entity and head.ent_type_ in ("GPE", "NORP"):
            return None  # the country's own name
        sector = actors_x.group_sector([head.lemma_]) or actors_x.group_sector([head.lower_])
        if sector is None:  # "military rulers": the modifier tells the sector
            sector = next((actors_x.group_sector([c.lemma_]) for c in head.children
                           if c.dep_ in ("amod", "compound") and actors_x.group_sector([c.lemma_])), None)
        return actors_x.combine(ent.country, sector) if sector else None


def _verb_arguments(c: _Cand) -> tuple[list[Token], list[Token]]:
    """Actor and recipient tokens of a verbal trigger: subject or passive agent; objects,
    passive subjects and prepositional targets."""
    tok = c.tok
    actors: list[Token] = []
    recips: list[Token] = []
    headline = perp.reads_passive(tok)
    passive = headline or any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
    for ch in tok.children:
        if ch.dep_ == "agent":
            actors += [g for p in [ch] for g in p.children if g.dep_ == "pobj"]
    if passive and not actors:  # "placed under detention by the Delhi police": the agent hangs on the trigger's noun
        actors += [g for t in c.toks[1:] for ch in t.children if ch.dep_ in ("agent", "prep") and ch.lower_ == "by"
                   for g in ch.children if g.dep_ == "pobj"]
    if passive:
        recips += [t for ch in tok.children if ch.dep_ in (("nsubj", "nsubjpass") if headline else ("nsubjpass",))
                   for t in _with_conj(ch)]
    else:
        actors += _subject_heads(tok, "verb")
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        recips.append(tok.head)
    heads = [tok] + [t for t in c.toks[1:] if t.head.i == tok.i and t.pos_ == "NOUN"]
    for ch in (ch for h in heads for ch in h.children):
        if (ch.dep_ == "dobj" or ch.dep_ == "dative" and ch.pos_ != "ADP") and ch not in c.toks:
            recips += _with_conj(ch)
            # "send air defence systems to Ukraine": the target may hang on the object
            recips += [g for p in ch.children if p.dep_ == "prep" and p.lower_ in W.object_target_preps
                       for g in p.children if g.dep_ == "pobj"]
        elif ch.dep_ in ("prep", "prt", "dative") and ch.lower_ in W.recipient_preps:
            recips += [t for g in ch.children if g.dep_ == "pobj" for t in _with_conj(g)]
            # "fired tear gas at protesters marching on parliament": the parser hangs the
            # target on the participle as its subject
            recips += [t for g in ch.children if g.dep_ == "pcomp" for t in g.children if t.dep_ == "nsubj"]
    return actors, recips


def _nominal_arguments(c: _Cand, res: _Resolver, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """Actor and recipient tokens of a nominal trigger: possessor, modifiers, by/of/on phrases,
    the light verb's subject (or, for a patient light verb, its subject as recipient)."""
    tok, e = c.tok, c.entry
    actors: list[Token] = []
    recips: list[Token] = []
    # "his beating by five officers", "her arrest by police": with a "by" agent the possessor is the patient
    by_agent = any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in tok.children)
    for ch in tok.children:
        if ch.dep_ == "poss" and by_agent:
            recips.append(ch)
        elif ch.dep_ == "poss" or (ch.dep_ in ("compound", "amod") and not res.is_place(ch) and (
                ch.i in res.table.token_entity or ch.ent_type_ or ch.lemma_.lower() in lex.actor_nouns)):
            actors.append(ch)  # "Russia's strikes", "Israeli airstrike", "army shelling"
        elif ch.dep_ == "compound" and ch.lemma_.lower() in W.instrument_nouns:
            # "an army drone strike", "a rebel mortar attack": the doer modifies the weapon
            actors += [g for g in ch.children if g.dep_ in ("compound", "amod", "poss") and not res.is_place(g) and (
                g.i in res.table.token_entity or g.ent_type_ or g.lemma_.lower() in lex.actor_nouns)]
        elif ch.dep_ == "nsubj":  # a headline verb tagged as a noun: "Gendarmes in Niger arrest 12"
            actors += _with_conj(ch)
        elif ch.dep_ == "dobj":
            recips += _with_conj(ch)
        elif ch.dep_ == "prep":
            pobjs = [t for g in ch.children if g.dep_ == "pobj" for t in _with_conj(g)]
            if ch.lower_ in W.noun_agent_preps:  # "strike by the RSF", "condemnation from the UN"
                actors += pobjs
            elif ch.lower_ == "of":
                (actors if e.of_role == "actor" else recips).extend(pobjs)
            elif ch.lower_ in W.noun_recipient_preps:
                recips += pobjs
    if c.light is not None:
        subj = _subject_heads(c.light, "verb")
        if c.light_kind == "patient":
            recips = subj + recips
            for ch in c.light.children:  # "faced criticism from the UN", "received aid from"
                if ch.dep_ == "prep" and ch.lower_ == "from":
                    actors += [g for g in ch.children if g.dep_ == "pobj"]
        else:
            if not res.entities(actors, tok):
                actors = subj + actors
            elif all(a.pos_ == "PRON" for a in actors) and res.entities(subj, tok):
                # "Russia launched one of its largest attacks": "its" is the subject's
                actors = subj
            for ch in c.light.children:
                if ch.dep_ == "prep" and ch.lower_ in W.noun_recipient_preps:
                    recips += [t for g in ch.children if g.dep_ == "pobj" for t in _with_conj(g)]
                elif ch.dep_ in ("dative",):
                    recips += _with_conj(ch)
    elif tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX", "ADJ") and (
            tok.head.lower_ == "during"
            or tok.head.lower_ == "with" and not any(x.dep_ == "nsubjpass" for x in tok.head.head.children)
            or tok.head.head.pos_ == "ADJ" and tok.head.head.lemma_.lower() in lex.willingness_governors):
        # "X told reporters during a visit to Y", "X retaliated with tariffs", "X was open to talks"
        actors += _subject_heads(tok.head.head, "verb")
    return actors, recips


def _arguments(c: _Cand, res: _Resolver, lex: Lexicon) -> tuple[list[str], list[str], list[Token]]:
    """(actor ids, recipient ids, argument head tokens) of a candidate."""
    tok, e = c.tok, c.entry
    actors, recips = _verb_arguments(c) if e.pos == "verb" else _nominal_arguments(c, res, lex)
    prev = tok.doc[tok.i - 1] if tok.i > 1 else None
    if not actors and prev is not None and prev.dep_ == "pobj" and prev.head.i == tok.i - 2 and tok.tag_ == "VBG" and (
            prev.lemma_.lower() in lex.actor_nouns or prev.i in res.table.token_entity):
        actors.append(prev)  # "died in army shelling": the parser takes "army" for the object of "in"
    if not actors and e.pos == "verb" and e.type == "ASSAULT" and any(ch.dep_ == "nsubjpass" for ch in tok.children):
        # "Two civilians were killed when a Russian bomb hit ...": the agent is in the clause
        for ch in tok.children:
            if ch.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in W.when_marks for g in ch.children):
                actors += [g for g in ch.children if g.dep_ == "nsubj"]
            elif ch.dep_ == "prep" and ch.lower_ in W.cause_preps:
                # "killed by israeli fire", "shot dead during a police operation", "died in army shelling"
                actors += [g for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() in W.instrument_nouns]
    attack = next((t for t in actors if perp.is_attack(t)), tok)
    if e.pos == "verb" and e.type == "ASSAULT" and not _through_instruments(actors) and (
            tok.tag_ == "VBN" or tok.lemma_.lower() in W.victim_verbs or perp.reads_passive(tok)):
        # "killed in army shelling", "in an encounter with the police", "died of wounds suffered in ..."
        found, noun = perp.cause_actors(tok)
        if found:
            actors, attack = found, noun or attack
    if e.reverse:
        src = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "from" for g in ch.children if g.dep_ == "pobj"]
        actors, recips = src, actors
    actor_ids = res.entities(_through_instruments(actors), tok, create=True)
    if not actor_ids and e.pos == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" \
            and tok.head.head.pos_ == "VERB" and not tok.head.ent_type_:
        # "Trump signed an order imposing tariffs": the document acts for its signer
        actors = _subject_heads(tok.head.head, "verb")
        actor_ids = res.entities(actors, tok, create=True)
    if e.type == "ASSAULT":
        actor_ids = perp.force_actors(actor_ids, actors, res, attack)
    # victims and detainees get entities of their own; other recipients keep the table's
    # (a group entity for every addressee inflates the entity list: gold entity precision)
    harmed = e.type.lower() in W.victim_types
    recip_ids = [r for r in (res.recipient_entities(recips, tok, actor_ids) if harmed else res.entities(recips, tok)) if r not in actor_ids]
    if not actor_ids and _agentless_custody(c):
        actor_ids = [i for i in [res.implied_police(tok)] if i and i not in recip_ids]
    return actor_ids, recip_ids, actors + recips


def _agentless_custody(c: _Cand) -> bool:
    """An arrest or detention in the passive with no agent ("were taken into custody")."""
    tok = c.tok
    return (c.entry.pos == "verb" and " ".join(c.entry.words) in W.implied_police_triggers
            and any(ch.dep_ == "nsubjpass" for ch in tok.children)
            and not any(ch.dep_ == "agent" for ch in tok.children))




def _through_instruments(toks: list[Token]) -> list[Token]:
    """An instrument or nominal attack as actor ("wounded by militia gunfire", "a raid by
    security forces left three dead", "a car bomb killed") stands for whoever its own
    phrase names (possessor, modifier, "by" phrase), else for no one."""
    out: list[Token] = []
    for t in toks:
        if t.pos_ == "NOUN" and t.lemma_.lower() in W.instrument_nouns:
            own = [a for a in _subject_heads(t, "noun") if a.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")]
            # "army drone strike": the actor may modify the modifier
            own += [g for a in own if a.dep_ == "compound" for g in a.children if g.dep_ in ("compound", "amod", "poss")]
            # "a roadside bomb planted by al-Shabaab fighters": whoever planted or fired it
            own += [g for acl in t.children if acl.dep_ == "acl" for ag in acl.children if ag.dep_ == "agent"
                    for g in ag.children if g.dep_ == "pobj"]
            out += own
        else:
            out.append(t)
    return out
