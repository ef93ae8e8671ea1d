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
