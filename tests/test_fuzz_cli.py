"""Hypothesis-driven bad inputs through `flashpoint ingest` (click's CliRunner, in process).

Each run mixes bad inputs (random bytes, truncated JSON, JSONL with bad lines among good
ones, UTF-16 without a BOM, deeply nested HTML) with good ones (plain text, UTF-16 with a
BOM, the good JSONL lines) over a database that already holds a document. Each bad input
gets exactly one error line naming it, the good ones are stored, the exit code is 3, and the
document stored before is still there, whole.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.cli import cli
from flashpoint.store import open_store

pytestmark = pytest.mark.slow

WORDS = ["troops", "border", "ministry", "guards", "fence", "drills", "talks", "crossing"]
BASE_TEXT = "Lithuanian border guards said on Tuesday that 40 migrants had been turned back.\n"


@dataclass
class Inputs:
    """Files written for one example, and what the run must report or store."""

    paths: list[Path] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)  # names each error line must mention once
    good_files: set[str] = field(default_factory=set)  # document file names to be stored
    either: list[str] = field(default_factory=list)  # stored or one error, never a crash


def _sentence(draw: st.DrawFn, tag: str) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=8))
    number = draw(st.integers(10, 5000))
    return f"Report {tag}: officials said {number} {' '.join(words)} were seen near the border."


@st.composite
def inputs(draw: st.DrawFn) -> list[tuple[str, bytes | str, str]]:
    """(kind, content, name) triples; at least one bad input and one good one."""
    chosen: list[tuple[str, bytes | str, str]] = []
    kinds = draw(
        st.lists(
            st.sampled_from(["bytes", "truncated", "jsonl", "utf16-nobom", "html"]),
            min_size=2,
            max_size=3,
        )
    )
    for k, kind in enumerate(kinds):
        tag = f"{k}{kind}"
        if kind == "bytes":  # random binary: a NUL somewhere, no BOM at the start
            blob = draw(st.binary(min_size=0, max_size=400))
            cut = draw(st.integers(0, len(blob)))
            chosen.append((kind, b"x" + blob[:cut] + b"\x00" + blob[cut:], f"in{k}.txt"))
        elif kind == "truncated":  # a JSON document cut short
            whole = json.dumps({"file": f"t{k}.txt", "text": _sentence(draw, tag)})
            cut = draw(st.integers(0, len(whole) - 1))
            chosen.append((kind, whole[:cut], f"in{k}.json"))
        elif kind == "jsonl":  # good lines with bad ones among them
            lines: list[str] = []
            for j in range(draw(st.integers(2, 5))):
                if draw(st.booleans()):
                    row = {"file": f"j{k}-{j}.txt", "text": _sentence(draw, f"{tag}{j}")}
                    lines.append(json.dumps(row))
                else:
                    junk = draw(st.text(min_size=1, max_size=30).filter(lambda s: "\n" not in s))
                    lines.append("{" + junk.replace("\r", "") + ",")  # never valid JSON
            chosen.append((kind, "\n".join(lines) + "\n", f"in{k}.jsonl"))
        elif kind == "utf16-nobom":  # ASCII text in UTF-16 has NUL bytes: binary
            chosen.append((kind, _sentence(draw, tag).encode("utf-16-le"), f"in{k}.txt"))
        else:  # deeply nested HTML: stored or refused, never a crash
            depth = draw(st.integers(200, 5_000))
            body = "<div>" * depth + _sentence(draw, tag) + "</div>" * depth
            chosen.append((kind, f"<html><body>{body}</body></html>", f"in{k}.html"))
    good = draw(st.integers(1, 2))
    for g in range(good):
        if draw(st.booleans()):
            content: bytes | str = _sentence(draw, f"good{g}").encode("utf-16")  # with a BOM
        else:
            content = _sentence(draw, f"good{g}")
        chosen.append(("good", content, f"good{g}.txt"))
    return chosen


def _write(folder: Path, chosen: list[tuple[str, bytes | str, str]]) -> Inputs:
    out = Inputs()
    for kind, content, name in chosen:
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        out.paths.append(path)
        if kind == "good":
            out.good_files.add(name)
        elif kind == "html":
            out.either.append(name)
        elif kind == "jsonl":
            for number, line in enumerate(str(content).splitlines(), start=1):
                if line.startswith('{"file"'):
                    out.good_files.add(json.loads(line)["file"])
                else:
                    out.bad.append(f"{name}:{number}")
        else:
            out.bad.append(name)
    return out


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database already holding one document, copied for each example."""
    folder = tmp_path_factory.mktemp("fuzz-base")
    report = folder / "base.txt"
    report.write_text(BASE_TEXT, encoding="utf-8")
    db = folder / "base.db"
    result = CliRunner().invoke(cli, ["ingest", "-q", "--db", str(db), str(report)])
    assert result.exit_code == 0, result.output
    return db


def _stored(db: Path) -> dict[str, tuple[int, int, int]]:
    store = open_store(f"sqlite:///{db}")
    try:
        return {
            r.document.file: (len(r.statements), len(r.events), len(r.quantities))
            for r in store.iter_records()
        }
    finally:
        store.close()


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(chosen=inputs())
def test_bad_inputs_are_named_and_the_rest_is_stored(
    base_db: Path, chosen: list[tuple[str, bytes | str, str]]
) -> None:
    before = _stored(base_db)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "fuzz.db"
        shutil.copy(base_db, db)
        given_inputs = _write(folder, chosen)
        args = ["ingest", "-q", "--db", str(db), *map(str, given_inputs.paths)]
        result = CliRunner().invoke(cli, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.exception
        )
        errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
        assert result.exit_code == (3 if errors else 0), result.output
        assert errors or not given_inputs.bad, "a bad input was not reported"
        for name in given_inputs.bad:
            naming = [line for line in errors if f"{name}:" in line or line.endswith(name)]
            assert len(naming) == 1, (name, errors)
        for name in given_inputs.either:
            assert len([line for line in errors if name in line]) <= 1, (name, errors)
        stored = _stored(db)
        assert given_inputs.good_files <= set(stored), (given_inputs.good_files, errors)
        for name in given_inputs.bad:
            assert name.split(":")[0] not in stored or name.endswith(".jsonl")
        assert {k: stored[k] for k in before} == before  # nothing stored earlier is lost
        known = given_inputs.good_files | set(given_inputs.either) | set(before)
        assert set(stored) <= known, set(stored) - known
        assert len(errors) == len(given_inputs.bad) + (
            len([line for line in errors if any(n in line for n in given_inputs.either)])
        ), errors
