"""Near-duplicate articles (MinHash/LSH) and the measured false-merge rate on the
constructed pairs in tests/data/corpus/dedup (republications vs different stories)."""
from __future__ import annotations

import json
from pathlib import Path

from test_store import backends, make_record, store, store_url  # noqa: F401  (fixtures)

from eventwire.store.dedup import THRESHOLD, NearDuplicates, evaluate, shingles
from eventwire.store.query import get_article_info

PAIRS = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "corpus" / "dedup" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_pair_set_has_both_kinds():
    kinds = {p["same"] for p in PAIRS}
    assert kinds == {True, False} and len(PAIRS) >= 25


def test_no_false_merges_and_most_republications_found():
    result = evaluate(PAIRS, THRESHOLD)
    assert result["false_merge_rate"] == 0.0
    assert result["recall"] >= 0.8


def test_follow_ups_reusing_background_stay_apart_even_at_a_lower_threshold():
    follow = [p for p in PAIRS if p["id"].endswith("/follow-up")]
    assert follow and evaluate(follow, 0.45)["false_merges"] == 0


def test_shingles_and_signatures():
    assert shingles("") == set()
    assert shingles("Two words") == {b"two words"}
    assert len(shingles("one two three four")) == 2
    dd = NearDuplicates()
    sig = dd.signature("The army said it seized the town on Saturday after weeks of fighting.")
    assert dd.jaccard(dd.from_bytes(dd.to_bytes(sig)), sig) == 1.0
    assert dd.jaccard(dd.signature(""), dd.signature("")) == 1.0  # empty text: no crash


@backends
def test_store_marks_republication_duplicate_of_first_seen(store):
    from eventwire.store import query
    pair = next(p for p in PAIRS if p["id"] == "gaza-talks/republished")
    other = next(p for p in PAIRS if p["id"] == "gaza-talks/follow-up")
    base = make_record()
    first = base.model_copy(update={"article": base.article.model_copy(update={"id": "a" * 64, "text": pair["a"]})})
    copy = base.model_copy(update={"article": base.article.model_copy(update={"id": "b" * 64, "text": pair["b"]})})
    follow = base.model_copy(update={"article": base.article.model_copy(update={"id": "c" * 64, "text": other["b"]})})
    assert store.add_record(first) == "new"
    assert store.add_record(copy) == "duplicate"
    assert store.add_record(follow) == "new"
    info = query.get_article_info(store, "b" * 64)
    assert info["duplicate_of"] == "a" * 64
    assert query.get_article_info(store, "a" * 64)["duplicates"] == ["b" * 64]
    assert query.list_articles(store).total == 3  # marked, not deleted
    assert query.list_articles(store, include_duplicates=False).total == 2
    assert query.list_events(store, include_duplicates=False).total == 2 * 2
    # a store reopened later still knows the first-seen article
    from eventwire.store import open_store
    again = open_store(store.engine.url.render_as_string(hide_password=False))
    third = base.model_copy(update={"article": base.article.model_copy(
        update={"id": "d" * 64, "text": pair["b"] + "\nUpdated at 14:00 GMT."})})
    assert again.add_record(third) == "duplicate"
    assert query.get_article_info(again, "d" * 64)["duplicate_of"] == "a" * 64
    again.close()


@backends
def test_a_reopened_store_with_articles_takes_more(store_url):
    """Signatures read back from the store (``from_bytes``) must be usable MinHashes of
    the same scheme: reopening a store that holds articles and writing to it once
    raised datasketch's "scheme must be specified"."""
    from eventwire.store import open_store

    first = make_record()
    with open_store(store_url) as s:
        assert s.add_record(first) == "new"
    other = make_record(
        "Sudanese army called on Rapid Support Forces commanders to withdraw from the refinery north of "
        "Khartoum within two days, warning of a renewed offensive along the Nile, said Basem Naim. "
        '"We are ready to hand over the hostages," he told reporters, while aid agencies said fighting had cut '
        "water, power and fuel to hundreds of thousands of civilians in the capital for a third week. "
        "More than 53,000 people have been killed since last November.",
        actor="Sudanese army", actor_code="SDNMIL", recipient="Rapid Support Forces", place="Khartoum")
    republished = make_record("GAZA CITY (Wire) - " + first.article.text)  # a dateline added
    with open_store(store_url) as s:  # a new Store: the LSH index is rebuilt from stored signatures
        assert s.add_record(other) == "new"
        assert s.add_record(republished) == "duplicate"
        assert get_article_info(s, republished.article.id)["duplicate_of"] == first.article.id
        assert s.count_articles() == 3


@backends
def test_post_article_to_a_reopened_store(store_url):
    """The same through the API: a server started on a store that already holds
    articles stores a posted one (it answered 500 before)."""
    from fastapi.testclient import TestClient

    from eventwire.api import ServerSettings, create_app
    from eventwire.store import open_store

    with open_store(store_url) as s:
        s.add_record(make_record())
    app = create_app(store_url, ServerSettings(token="t0ken"))
    with TestClient(app, raise_server_exceptions=False) as c:
        resp = c.post("/api/articles", headers={"Authorization": "Bearer t0ken"},
                      json={"text": "Police in Nairobi arrested 30 protesters on Tuesday, the interior "
                                    "ministry said, after demonstrators blocked a highway.",
                            "published": "2025-06-24", "source": "Wire"})
        assert resp.status_code == 201, resp.text
        assert resp.json()["status"] == "new"
        assert c.get("/api/articles").json()["total"] == 2


def test_signatures_keep_datasketch_affine32_values():
    """Signatures are stored, so they must not change: these prefixes were computed with
    datasketch 2 (MinHash(num_perm=128, seed=1, scheme="affine32")) before eventwire
    computed them itself."""
    dd = NearDuplicates()
    pinned = {
        "": "ffffffff00000000ffffffff00000000ffffffff00000000",
        "one two": "d89ea891000000005d6b2223000000006d81c01300000000",
        "Police arrested 12 protesters in Nairobi on Monday.": "d7be863b00000000abd4134500000000ff039c5000000000",
    }
    for text, prefix in pinned.items():
        sig = dd.signature(text)
        assert dd.to_bytes(sig)[:24].hex() == prefix
        assert (dd.from_bytes(dd.to_bytes(sig)) == sig).all()
    a = dd.signature("the cat sat on the mat with a hat and a bat in the flat")
    assert dd.jaccard(a, a) == 1.0 and dd.jaccard(a, dd.signature("something else entirely here")) < 0.2
