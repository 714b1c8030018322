"""The record contract: schema generation, sentences and offsets on the sample."""
import json
import subprocess
import sys

from eventwire.record import EVENT_TYPES, Record, json_schema


def test_schema_is_generated_from_the_models():
    schema = json_schema()
    assert schema["title"] == "Record"
    assert set(schema["properties"]) == {"schema", "article", "sentences", "entities", "quotes",
                                         "events", "figures", "places", "dates"}
    assert len(EVENT_TYPES) == 16


def test_schema_command_prints_the_same_schema():
    out = subprocess.run([sys.executable, "-m", "eventwire", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == json_schema()


def test_sample_record_round_trips_and_sentences_slice_text(sample_record):
    rec = Record.model_validate(json.loads(sample_record.to_json()))
    text = rec.article.text
    assert rec.to_dict()["schema"] == "eventwire/1"
    assert len(rec.sentences) == 13
    for s in rec.sentences:
        piece = text[s.start:s.end]
        assert piece == piece.strip() and piece
    # a closing quotation mark stays with its sentence
    assert text[rec.sentences[1].start:rec.sentences[1].end].endswith('situation."')
