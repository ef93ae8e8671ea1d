from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from flashpoint.cli import cli


def _commands() -> list[str]:
    return sorted(cli.commands)


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys; from flashpoint.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "names = ('spacy', 'ray', 'fastapi', 'sqlalchemy', 'torch')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example(name):
    command = cli.commands[name]
    assert isinstance(command, click.Command)
    assert command.help, name
    assert "Example:" in command.help, name
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output


def test_ingest_needs_an_input():
    result = CliRunner().invoke(cli, ["ingest"])
    assert result.exit_code == 2
    assert "give at least one file" in result.output


def test_show_unknown_document_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["show", "nope", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: nope: no such document (see `flashpoint ls`)"


def test_link_links_what_is_not_linked_and_rebuild_relinks_all(tmp_path):
    import sqlalchemy as sa

    from flashpoint.config import db_url_from

    db = str(tmp_path / "x.db")
    report = tmp_path / "r.txt"
    report.write_text(
        "Polish border guards detained 12 migrants near Kuznica on Monday, police said.\n",
        encoding="utf-8",
    )
    ingested = CliRunner().invoke(cli, ["ingest", "-q", "--db", db, str(report)])
    assert ingested.exit_code == 0, ingested.output
    engine = sa.create_engine(db_url_from(db))
    with engine.begin() as connection:  # as an interrupted run leaves it: stored, not linked
        connection.exec_driver_sql("UPDATE documents SET story = NULL")
    engine.dispose()
    linked = CliRunner().invoke(cli, ["link", "--db", db])
    assert linked.exit_code == 0, linked.output
    assert "linked" in linked.output
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT story FROM documents").scalar() is not None
    engine.dispose()
    rebuilt = CliRunner().invoke(cli, ["link", "--rebuild", "--db", db])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "relinked everything" in rebuilt.output
