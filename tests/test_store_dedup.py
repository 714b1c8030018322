"""Near-duplicate articles (MinHash/LSH) and the measured false-merge rate on the
constructed pairs in tests/data/corpus/dedup (republications vs different stories)."""
from __future__ import annotations

import json
from pathlib import Path

from test_store import backends, make_record, store, store_url  # noqa: F401  (fixtures)

from eventwire.store.dedup import THRESHOLD, NearDuplicates, evaluate, shingles

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
    assert dd.from_bytes(dd.to_bytes(sig)).jaccard(sig) == 1.0
    assert dd.signature("").jaccard(dd.signature("")) == 1.0  # empty text: no crash


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
