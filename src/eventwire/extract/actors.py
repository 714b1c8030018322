"""Actor coding: CAMEO-style codes for entities, and the dictionaries behind them.

Method: the CAMEO actor convention (Gerner, Schrodt et al., *CAMEO Conflict and
Mediation Event Observations Codebook*, 2012) as applied by the PETRARCH/Phoenix
coders: an actor code is an ISO 3166-1 alpha-3 country followed by a three-letter
sector (GOV, MIL, REB, OPP, JUD, COP, LEG, MED, CVL, BUS, EDU ...), or "IGO"/"NGO"
followed by an organization code. Named persons are looked up in date-bounded actor
dictionaries; other entities are coded from curated tables (countries, capitals,
organizations, media) and from their title and affiliation.

Dictionary formats accepted by :func:`load_actor_file` (``--actors FILE``):

* **PETRARCH/Phoenix ``.actors``** (any file not ending in .csv/.yaml/.yml)::

      # comment
      DONALD_TRUMP [USAGOV 170120-210120] [USAGOV 250120-]   # inline comment
      +DONALD_J._TRUMP
      YOAV_GALLANT [ISRGOV 221229-241105]
      HAMAS [PSEREB]

  A name line holds words joined by underscores and one or more ``[CODE dates]``
  roles; ``+ALIAS`` lines add names for the entry above them. Dates are
  ``YYMMDD-YYMMDD``; either side may be empty (open), no dates means always.
  Two-digit years below 50 are 20xx, others 19xx. Phoenix-style lines with roles on
  following lines (``[CODE ...]`` alone on a line) add roles to the entry above,
  and ``<!-- ... -->``/``{...}`` comments and ``=`` synonym markers are skipped.

* **CSV** (``.csv``): ``name,code[,start,end]``, an optional header row starting with
  ``name``; dates as ``YYYY-MM-DD`` or ``YYMMDD``; several rows with one name give
  several roles; ``#`` lines are comments.

* **YAML** (``.yaml``/``.yml``): either a mapping ``name: CODE`` or a list of entries
  ``{name: ..., aliases: [...], roles: [{code: ..., start: ..., end: ...}]}``
  (``code:`` alone instead of ``roles`` gives an undated role).

Names match entity names case-insensitively with underscores read as spaces. When
several roles exist, the one whose dates contain the article's published date wins;
without a date, the open-ended (current) role, else the last listed. User files
override the built-in ``data/persons.actors``.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from eventwire.errors import EventwireError
from eventwire.lexicon import data_path, load_tsv

SECTORS = {
    "GOV", "MIL", "REB", "OPP", "JUD", "COP", "LEG", "MED", "CVL", "BUS", "EDU", "HLH",
    "REL", "PTY", "IGO", "NGO", "UAF", "SPY", "ELI", "LAB", "REF", "AGR", "HRI",
}


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class ActorEntry:
    name: str
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def code_on(self, day: dt.date | None) -> str | None:
        """The code of the role in force on ``day`` (see the module docstring)."""
        if not self.roles:
            return None
        if day is None:
            open_ended = [r for r in self.roles if r.end is None]
            return (open_ended[-1] if open_ended else self.roles[-1]).code
        for role in reversed(self.roles):
            if role.covers(day):
                return role.code
        return None


def normalize_name(name: str) -> str:
    """Key for name lookups: lower case, underscores and runs of space as one space,
    accents folded, surrounding punctuation dropped."""
    name = unicodedata.normalize("NFKD", name.replace("_", " "))
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = re.sub(r"[\u2019']s$", "", name.strip())
    return re.sub(r"\s+", " ", name).strip(" .,;:\"'").lower()


def parse_date(text: str | None) -> dt.date | None:
    """``YYMMDD`` (PETRARCH), ``YYYYMMDD`` or ISO ``YYYY-MM-DD``; None when empty or bad."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{6}", text):
            yy = int(text[:2])
            return dt.date(2000 + yy if yy < 50 else 1900 + yy, int(text[2:4]), int(text[4:6]))
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


ROLE_RE = re.compile(r"\[\s*([A-Za-z0-9~]+)\s*([0-9]*)\s*(?:-\s*([0-9]*))?\s*\]")


def _parse_roles(text: str) -> list[Role]:
    roles = []
    for code, start, end in ROLE_RE.findall(text):
        roles.append(Role(code.upper().lstrip("~"), parse_date(start), parse_date(end)))
    return roles


def parse_actors_text(text: str) -> list[ActorEntry]:
    """Entries of a PETRARCH/Phoenix ``.actors`` file."""
    entries: list[ActorEntry] = []
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        line = re.sub(r"\{.*?\}", "", line).strip()
        if not line:
            continue
        if line.startswith("+"):
            if entries:
                alias = line[1:].split("[", 1)[0].strip()
                if alias:
                    entries[-1].aliases.append(alias.replace("_", " "))
                entries[-1].roles.extend(_parse_roles(line))
            continue
        if line.startswith("["):
            if entries:
                entries[-1].roles.extend(_parse_roles(line))
            continue
        name = line.split("[", 1)[0].strip().lstrip("=").strip()
        if not name:
            continue
        entries.append(ActorEntry(name=name.replace("_", " "), roles=_parse_roles(line)))
    return entries


def parse_actors_csv(text: str) -> list[ActorEntry]:
    by_name: dict[str, ActorEntry] = {}
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    for row in csv.reader(rows):
        row = [c.strip() for c in row]
        if len(row) < 2 or not row[0] or row[0].lower() == "name":
            continue
        name, code = row[0], row[1].upper()
        start = parse_date(row[2]) if len(row) > 2 else None
        end = parse_date(row[3]) if len(row) > 3 else None
        entry = by_name.setdefault(normalize_name(name), ActorEntry(name=name.replace("_", " ")))
        if code:
            entry.roles.append(Role(code, start, end))
    return list(by_name.values())


def parse_actors_yaml(text: str) -> list[ActorEntry]:
    data = yaml.safe_load(text) or []
    entries: list[ActorEntry] = []
    if isinstance(data, dict):
        items = [{"name": k, **(v if isinstance(v, dict) else {"code": v})} for k, v in data.items()]
    elif isinstance(data, list):
        items = [x for x in data if isinstance(x, dict)]
    else:
        raise ValueError("actors YAML must be a mapping or a list of entries")
    for item in items:
        name = str(item.get("name") or "").strip()
        if not name:
            continue
        roles = []
        for r in item.get("roles") or []:
            if isinstance(r, dict) and r.get("code"):
                roles.append(Role(str(r["code"]).upper(), parse_date(r.get("start")), parse_date(r.get("end"))))
        if not roles and item.get("code"):
            roles.append(Role(str(item["code"]).upper(), parse_date(item.get("start")), parse_date(item.get("end"))))
        aliases = [str(a).replace("_", " ") for a in item.get("aliases") or []]
        entries.append(ActorEntry(name=name.replace("_", " "), roles=roles, aliases=aliases))
    return entries


def load_actor_file(path: str | Path) -> list[ActorEntry]:
    """Entries of one user dictionary; a missing or malformed file is an
    :class:`~eventwire.errors.EventwireError` naming the file (one line for the CLI)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise EventwireError(str(path), f"cannot read actors file ({exc.strerror or exc})") from exc
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return parse_actors_csv(text)
        if suffix in (".yaml", ".yml"):
            return parse_actors_yaml(text)
        return parse_actors_text(text)
    except (ValueError, yaml.YAMLError, csv.Error) as exc:
        raise EventwireError(str(path), f"not a valid actors file: {str(exc).splitlines()[0] if str(exc) else exc}") from exc


@dataclass
class ActorDictionary:
    by_name: dict[str, ActorEntry] = field(default_factory=dict)
    # (surname, entry) for surnames only one person has; built on first use, reset by add()
    _unique_surnames: list[tuple[str, ActorEntry]] | None = field(default=None, repr=False, compare=False)

    def add(self, entries: list[ActorEntry]) -> None:
        self._unique_surnames = None
        # Later files win: a user's dictionary overrides the built-in one.
        for e in entries:
            for n in [e.name, *e.aliases]:
                key = normalize_name(n)
                if key:
                    self.by_name[key] = e

    def lookup(self, name: str) -> ActorEntry | None:
        return self.by_name.get(normalize_name(name))

    def entries(self) -> list[ActorEntry]:
        """Each entry once (by_name holds one key per name and alias)."""
        return list({id(e): e for e in self.by_name.values()}.values())

    def code_for(self, name: str, day: dt.date | None) -> str | None:
        entry = self.lookup(name)
        return entry.code_on(day) if entry else None


@lru_cache(maxsize=32)
def actor_dictionary(actors_files: tuple[str, ...] = ()) -> ActorDictionary:
    """The built-in dictionary plus the user's files, loaded once per set of files."""
    d = ActorDictionary()
    d.add(parse_actors_text(data_path("persons.actors").read_text(encoding="utf-8")))
    for f in actors_files:
        d.add(load_actor_file(f))
    return d


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country alpha-3, sector) of a code: "ISRGOV" -> ("ISR", "GOV"),
    "IGOUNO" -> (None, "IGO"), "PSEREB" -> ("PSE", "REB")."""
    if not code or len(code) < 3:
        return None, None
    head, rest = code[:3], code[3:6] or None
    if head in ("IGO", "NGO", "IMG", "MNC"):
        # The trailing sector of a body, if any: IGOUNOJUD -> JUD, IGOUNO -> IGO.
        tail = code[-3:]
        return None, tail if len(code) > 3 and tail in SECTORS else head
    return head, rest


def combine(country: str | None, sector: str | None) -> str | None:
    if not country and not sector:
        return None
    return f"{country or ''}{sector or ''}"


@dataclass(frozen=True)
class RoleNoun:
    role: str
    type: str
    sector: str | None
    gender: str | None
    body: bool = False  # an institution: "Ukraine's air force" is an organization


@lru_cache(maxsize=None)
def role_nouns() -> dict[str, RoleNoun]:
    """Title and collective role nouns (``data/role_sectors.tsv``) by lower-case text."""
    out: dict[str, RoleNoun] = {}
    for row in load_tsv("role_sectors.tsv"):
        role = (row.get("role") or "").strip().lower()
        kind = (row.get("type") or "").strip()
        if not role or kind == "modifier":
            continue
        out.setdefault(role, RoleNoun(role, kind, (row.get("sector") or "").strip() or None,
                                      (row.get("gender") or "").strip() or None,
                                      (row.get("body") or "").strip() == "1"))
    return out


@lru_cache(maxsize=None)
def title_modifiers() -> frozenset[str]:
    return frozenset(
        (row.get("role") or "").strip().lower() for row in load_tsv("role_sectors.tsv")
        if (row.get("type") or "").strip() == "modifier"
    )


def title_sector(title: str | None) -> str | None:
    """Sector of a title: the longest role noun it ends with ("former Defense Minister"
    -> GOV). A "former"/"late"/"ex-" title gives no sector: the person no longer holds it."""
    if not title:
        return None
    words = title.lower().replace("-", " ").split()
    if not words or words[0] in ("former", "late", "ex", "erstwhile"):
        return None
    roles = role_nouns()
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            r = roles.get(" ".join(words[i:i + n]))
            if r and r.type == "title":
                return r.sector
    return None


def person_code(title: str | None, affiliation_code: str | None, affiliation_kind: str | None) -> str | None:
    """A person's code from their title and their affiliation's code.

    An organization's own code wins (a Hamas leader is PSEREB, a White House
    spokesman USAGOV); a country affiliation takes the title's sector (a Defense
    Minister of Israel is ISRGOV), defaulting to the country alone.
    """
    sector = title_sector(title)
    if affiliation_code and affiliation_kind in ("organization", "media"):
        return affiliation_code
    country, aff_sector = split_code(affiliation_code)
    if country and affiliation_kind in ("country", "place"):
        return combine(country, sector)
    if affiliation_code:
        return affiliation_code
    return None


# ----------------------------------------------------------------------------- group and context codes

@lru_cache(maxsize=None)
def group_sectors() -> dict[str, str]:
    """Sector of a common-noun actor by lower-case lemma or plural: role_sectors.tsv
    (group and title rows), overridden by group_sectors.tsv."""
    out = {r.role: r.sector for r in role_nouns().values() if r.sector and r.type in ("group", "title")}
    for row in load_tsv("group_sectors.tsv"):
        lemma, sector = (row.get("lemma") or "").strip().lower(), (row.get("sector") or "").strip()
        if lemma and sector:
            out[lemma] = sector
    return out


def group_sector(words: list[str]) -> str | None:
    """The sector of a group name from its head (last) words: "riot police" -> COP,
    "security forces" -> MIL, "Fijian rebels" -> REB."""
    sectors = group_sectors()
    low = [w.lower() for w in words]
    for n in (2, 1):
        if len(low) >= n:
            key = " ".join(low[-n:])
            if key in sectors:
                return sectors[key]
            if key.endswith("s") and key[:-1] in sectors:
                return sectors[key[:-1]]
            if key.endswith("ies") and key[:-3] + "y" in sectors:  # "opposition parties"
                return sectors[key[:-3] + "y"]
    return None


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    from eventwire.geo import gazetteer

    return {v: k for k, v in gazetteer().iso3_to_iso2.items()}


def alpha3(code: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 or alpha-3 country code."""
    if not code:
        return None
    code = code.upper()
    return code if len(code) == 3 else _iso2_to_iso3().get(code)


def main_country(entities, places=()) -> str | None:
    """The article's country: the alpha-3 country with the most mentions among its
    entities and places, when one leads (a tie names none)."""
    counts: dict[str, int] = {}
    for e in entities:
        c = e.country if e.kind in ("country", "place", "organization", "group", "person") else None
        if c is None and e.kind == "place":
            c = region_country(e.name)  # "Kerala", "Sinaloa": regions the place resolver leaves without a country
        if c:
            counts[c] = counts.get(c, 0) + max(1, len(e.mentions))
    for p in places:
        c = alpha3(p.country)
        if c:
            counts[c] = counts.get(c, 0) + len(p.mentions)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def context_codes(entities, country: str | None, dictionary: "ActorDictionary | None" = None,
                  day: dt.date | None = None) -> dict[str, str]:
    """Codes for entities the entity table left without one, from context: a known
    organization or a dictionary person's unique surname under another casing or form
    ("african union", "Zelensky"), else a titled person's sector in the article's country
    ("President Adeyemi", "the foreign minister"). Returns {entity id: code};
    build_record applies it (the table itself is not edited)."""
    orgs = organization_codes()
    surnames = surname_codes(dictionary, day) if dictionary is not None else {}
    by_id = {e.id: e for e in entities}
    out = {}
    for e in entities:
        if e.code:
            continue
        key = normalize_name(e.name)
        key = key[4:] if key.startswith("the ") else key
        aff = by_id.get(e.affiliation) if e.affiliation else None
        if e.kind in ("organization", "group", "media", "other") and key in orgs:
            out[e.id] = orgs[key]
        elif e.kind in ("organization", "group", "other") and country_name_code(key):
            out[e.id] = country_name_code(key)  # "thailand" tagged as an organization in lower-cased text
        elif e.kind == "person" and aff is not None and aff.kind == "country" and aff.country:
            # "Chile's president": the affiliation's country with the title's sector
            out[e.id] = combine(aff.country, title_sector(e.title or e.name.split("'")[-1]))
        elif e.kind in ("group", "organization") and aff is not None and aff.kind == "country" and aff.country \
                and group_sector(e.name.split()) not in (None, "IGO"):
            out[e.id] = combine(aff.country, group_sector(e.name.split()))  # "French unions" FRALAB
        elif e.kind in ("person", "organization") and key in surnames and not e.affiliation:
            out[e.id] = surnames[key]  # (a surname alone is often tagged as an organization: "Trump threatens")
        elif possessor_code(e.name, e.kind):
            out[e.id] = possessor_code(e.name, e.kind)
        elif e.kind in ("group", "organization") and located_group_code(e.name):
            out[e.id] = located_group_code(e.name)
        elif e.kind in ("person", "group") and inner_organization_code(e.name):
            out[e.id] = inner_organization_code(e.name)
        elif e.kind in ("person", "organization", "group") and not e.affiliation:
            # "the iraqi prime minister", "transport ministry": a nationality in the name, else the article's
            own = demonym_country(e.name)
            sector = title_sector(e.title or e.name) if e.kind == "person" else group_sector(e.name.split())
            if sector and sector not in ("IGO", "NGO") and (own or country):
                out[e.id] = combine(own or country, sector)
    return out


_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+(.+)$", re.IGNORECASE)


def possessor_code(name: str, kind: str) -> str | None:
    """The code of a body or titled person named after its country's possessive, when the
    tagger attached no affiliation: "bolivia's interim government" BOLGOV, "Israel's
    security cabinet" ISRGOV, "Kenya's police chief" KENCOP."""
    m = _POSSESSIVE.match(name.strip())
    if m is None or kind not in ("person", "organization", "group"):
        return None
    owner = normalize_name(m.group(1))
    country = country_name_code(owner) or demonyms().get(owner)
    if country is None:
        return None
    rest = m.group(2).split()
    sector = title_sector(m.group(2)) if kind == "person" else None
    sector = sector or group_sector(rest)
    return combine(country, sector) if sector and sector not in ("IGO", "NGO") else None


_LOCATED = re.compile(r"^(.+?)\s+(?:in|across|inside|around)\s+(.+)$", re.IGNORECASE)


def located_group_code(name: str) -> str | None:
    """The code of a group the tagger named with its place ("Farmers in Catalonia",
    "Rights groups in Athens", "Police in Kenya's capital"): the head's sector in the
    place's country."""
    m = _LOCATED.match(name.strip())
    if m is None:
        return None
    sector = group_sector(m.group(1).split())
    country = name_country(m.group(2)) if sector and sector != "IGO" else None
    return combine(country, sector) if country else None


def name_country(place: str) -> str | None:
    """Alpha-3 of a place written as a country, a region, a known city, or a country's
    possessive ("Kenya's capital")."""
    from eventwire.geo import gazetteer

    place = place.strip()
    m = _POSSESSIVE.match(place)
    if m is not None:
        owner = normalize_name(m.group(1))
        return country_name_code(owner) or region_country(owner)
    key = normalize_name(place).removeprefix("the ")
    entry = gazetteer().lookup(key, strict=True)
    return country_name_code(key) or region_country(key) or (alpha3(entry.country) if entry is not None else None)


def inner_organization_code(name: str) -> str | None:
    """The code of a known organization named inside a person's or group's name: "the
    African Union envoy" IGOAFU, "EU leaders" IGOEUR, "the east african community's
    secretary general". Single words count only as written acronyms ("EU", not "who")."""
    orgs, acronyms = organization_codes(), organization_acronyms()
    raw = [w.removesuffix("'s") for w in name.replace("\u2019", "'").split()]
    words = [normalize_name(w) for w in raw]
    for n in range(min(6, len(words) - 1), 1, -1):
        for i in range(len(words) - n):  # the head noun itself is never the organization
            key = " ".join(words[i:i + n])
            if key in orgs:
                return orgs[key]
    return next((acronyms[w] for w in raw[:-1] if w in acronyms), None)


@lru_cache(maxsize=1)
def organization_acronyms() -> dict[str, str]:
    """Codes of the organizations by their acronyms as written ("EU", "AU", "NATO")."""
    out: dict[str, str] = {}
    for row in load_tsv("organizations.tsv"):
        code = (row.get("code") or "").strip()
        for a in (row.get("acronyms") or "").split("|"):
            if code and a.strip().isupper():
                out.setdefault(a.strip(), code)
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-case nationality adjective or plural -> alpha-3 (demonyms.tsv, country rows)."""
    out = {}
    for row in load_tsv("demonyms.tsv"):
        if (row.get("kind") or "").strip() == "country" and row.get("alpha3"):
            for form in (row.get("demonym") or "").split("|"):
                if form.strip():
                    out[form.strip().lower()] = row["alpha3"].strip()
    return out


def demonym_country(name: str) -> str | None:
    """The country of the first nationality word in a name ("iraqi prime minister" -> IRQ)."""
    table = demonyms()
    return next((table[w] for w in name.lower().replace("-", " ").split() if w in table), None)


# Prepositions that place what they govern ("police in kano", "nurses across england").
PLACE_PREPS = ("in", "across", "near", "outside", "inside", "around", "at")
BIG_PLACE = 100_000  # a lower-cased town name counts as a place from this population on


@lru_cache(maxsize=1)
def admin1_countries() -> dict[str, str]:
    """Lower-case first-level region name -> alpha-3 ("Kerala" IND, "Sinaloa" MEX,
    "England" GBR) from admin1_names.tsv, for regions the city gazetteer lacks; a name
    two countries share, or a country's own name, is left out."""
    seen: dict[str, set] = {}
    for line in data_path("admin1_names.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or len(cols[2].strip()) < 4:
            continue
        seen.setdefault(cols[2].strip().lower(), set()).add(cols[0].strip())
    out = {}
    for name, iso2 in seen.items():
        if len(iso2) == 1 and country_name_code(name) is None:
            code = alpha3(next(iter(iso2)))
            if code:
                out[name] = code
    return out


def region_country(name: str) -> str | None:
    """Alpha-3 of a first-level region's name ("Uttar Pradesh" -> IND), or None."""
    return admin1_countries().get(normalize_name(name))


def place_country(tok) -> str | None:
    """Alpha-3 country of a place name at ``tok`` (with its compounds) from the gazetteer,
    else from the first-level regions, for text the tagger missed (lower-cased copy:
    "police in kano", "nurses across england"). Only a proper noun, or in lower-cased
    text a country or a big city, so that common words stay words."""
    from eventwire.geo import gazetteer

    if tok.is_stop or not tok.is_alpha or len(tok.text) < 3 or len(tok.text) == 3 and not tok.text.isupper():
        return None  # "at a car" is no Central African Republic (CAR): short names only as written acronyms
    parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
    name = " ".join(t.text for t in parts)
    query = name
    entry = gazetteer().lookup(name, strict=True)
    if entry is None and len(parts) > 1:
        # "manchester airport", "kaduna state": the name before the place noun, then the last word
        query = " ".join(t.text for t in parts[:-1])
        entry = gazetteer().lookup(query, strict=True)
        if entry is None:
            query, entry = tok.text, gazetteer().lookup(tok.text, strict=True)
    if entry is None:
        return (region_country(name) or region_country(tok.text)) if tok.pos_ == "PROPN" else None
    if normalize_name(query) not in normalize_name(entry.name) and normalize_name(query) in capital_countries():
        # a capital met as another city's old name ("Islamabad" is also a former name of
        # Chattogram, a bigger city) is the capital
        return capital_countries()[normalize_name(query)]
    if tok.pos_ != "PROPN" and not (entry.precision == "country" or entry.population >= BIG_PLACE):
        return None
    if not tok.text[:1].isupper() and normalize_name(query) not in normalize_name(entry.name):
        return None  # lower-cased text: the place's own name only, no alias ("drug" is not Durg)
    return alpha3(entry.country)


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """Normalized name or alias of a capital city (capitals.tsv, kind place) -> alpha-3."""
    out = {}
    for row in load_tsv("capitals.tsv"):
        if (row.get("kind") or "place") == "place" and row.get("country"):
            for name in [row["name"], *(row.get("aliases") or "").split("|")]:
                if name.strip():
                    out[normalize_name(name)] = row["country"]
    return out


def _verb_of(tok) -> bool:
    """The word is a verb, or a particle or adverb of one ("pulled back from")."""
    return tok.pos_ == "VERB" or tok.dep_ in ("prt", "advmod") and tok.head.pos_ == "VERB"


def text_country(doc) -> str | None:
    """The country most named by place phrases of the text ("in kano", "in Warsaw"), or None."""
    return leading_country(text_country_counts(doc))


def leading_country(counts: dict[str, int]) -> str | None:
    """The country with the most votes, None on a tie or none (a long text sums its pieces' counts)."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return None if len(ranked) > 1 and ranked[0][1] == ranked[1][1] else ranked[0][0]


def text_country_counts(doc) -> dict[str, int]:
    """Votes of the text's place phrases for their countries (:func:`text_country`); a
    text with none votes by the places it names elsewhere (:func:`_named_place_country`)."""
    counts: dict[str, int] = {}
    for tok in doc:
        c, weight = None, 2  # a place outweighs a nationality word ("in warsaw against ukrainian grain")
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            c = place_country(tok) or _possessor_place_country(tok)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "from" and _verb_of(tok.head.head):
            # where an act starts is where it happens ("withdrew from khan younis", "fled
            # from Goma"); not a noun's origin ("an envoy from France")
            c, weight = place_country(tok), 1
        elif tok.dep_ in ("amod", "compound") and not tok.is_stop:
            c, weight = demonyms().get(tok.lower_), 1  # "the Burkinabe town of Dori"
        if c:
            counts[c] = counts.get(c, 0) + weight
    if not counts:
        for tok in doc:
            c = _named_place_country(tok)
            if c:
                counts[c] = counts.get(c, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    """Nouns that make the name before them an administrative area (place_cues.tsv)."""
    return frozenset(r["word"] for r in load_tsv("place_cues.tsv") if r.get("role") in ("region_noun", "district_noun"))


def _named_place_country(tok) -> str | None:
    """The country of a place named outside a place phrase: a name before an area noun
    ("the sagaing region", "kaduna state"), a possessor ("lahore's shadman police
    station") or a modifier ("the Alexandria security directorate"). Only a fallback: the
    parse of such phrases often breaks and leaves a security force with no country."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP") or not tok.is_alpha or any(
            0 <= j < len(tok.doc) and tok.doc[j].text == "-" for j in (tok.i - 1, tok.i + 1)):
        return None  # ("Port-au-Prince" is not "Prince"): a hyphenated name is no single word
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _area_nouns() and tok.pos_ in ("PROPN", "NOUN", "VERB", "ADJ"):
        c = region_country(tok.text) or place_country(tok) or _area_name_country(tok)
        if c:
            return c
    if tok.dep_ in ("poss", "compound", "nmod", "nummod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        return place_country(tok)  # (nummod: "five memphis police officers" parsed as a count)
    return None


def _possessor_place_country(tok) -> str | None:
    """The country of the place that possesses an unknown place ("in Port-au-Prince's Cite
    Soleil", "in karachi's orangi town"): a district the gazetteer lacks is placed by its
    city. The possessor is read whole, hyphens included ("Port-au-Prince", not "Prince")."""
    from eventwire.geo import gazetteer

    for child in tok.lefts:
        if child.dep_ != "poss" or child.pos_ == "PRON":
            continue
        if child.left_edge.i == child.i:
            return place_country(child)
        name = tok.doc[child.left_edge.i:child.i + 1].text
        entry = gazetteer().lookup(name, strict=True)
        if entry is not None and child.pos_ == "PROPN" and normalize_name(name) in normalize_name(entry.name):
            return alpha3(entry.country)
    return None


def _area_name_country(tok) -> str | None:
    """The country of a gazetteer place of any size named before an area noun: the noun
    ("sagaing region", "the Rakhine state") says the name is a place, which a small town's
    population alone does not in lower-cased copy. The place's own name only, no alias."""
    from eventwire.geo import gazetteer

    if tok.is_stop or len(tok.text) < 4:
        return None
    entry = gazetteer().lookup(tok.text, strict=True)
    if entry is None or normalize_name(tok.text) not in normalize_name(entry.name):
        return None
    return alpha3(entry.country)


@lru_cache(maxsize=1)
def organization_codes() -> dict[str, str]:
    """Codes of the well-known organizations (organizations.tsv) by lower-case name,
    acronym and alias, for names the tagger did not code (lower-cased text)."""
    out: dict[str, str] = {}
    for row in load_tsv("organizations.tsv"):
        code = (row.get("code") or "").strip()
        if not code:
            continue
        names = [row.get("name") or ""] + (row.get("acronyms") or "").split("|") + (row.get("aliases") or "").split("|")
        for n in names:
            n = normalize_name(n)
            if n.startswith("the "):
                n = n[4:]
            if len(n) > 2:
                out.setdefault(n, code)
    return out


def surname_codes(dictionary: "ActorDictionary", day: dt.date | None) -> dict[str, str]:
    """Codes of dictionary persons by surname, for surnames only one person has
    ("Zelensky" -> UKRGOV); the role in force on ``day``."""
    out = {}
    for surname, entry in unique_surnames(dictionary):
        code = entry.code_on(day)
        if code:
            out.setdefault(surname, code)
    return out


def unique_surnames(dictionary: "ActorDictionary") -> list[tuple[str, ActorEntry]]:
    """(surname, entry) for every multi-word name or alias whose surname only one person
    has, in dictionary order; computed once per dictionary (it was redone per article)."""
    if dictionary._unique_surnames is None:
        named: list[tuple[str, ActorEntry]] = []
        seen: dict[str, set] = {}
        for entry in dictionary.entries():
            for name in [entry.name] + list(entry.aliases):
                words = normalize_name(name).split()
                if len(words) > 1:
                    named.append((words[-1], entry))
                    seen.setdefault(words[-1], set()).add(id(entry))
        dictionary._unique_surnames = [(w, e) for w, e in named if len(seen[w]) == 1]
    return dictionary._unique_surnames


def country_name_code(name: str) -> str | None:
    """Alpha-3 code when a name is a country's name ("thailand", "the philippines")."""
    from eventwire.geo import gazetteer

    entry = gazetteer().lookup(name, strict=True) if name else None
    return alpha3(entry.country) if entry is not None and entry.precision == "country" else None
