"""argparse's own messages in Georgian under --lang ka, and unchanged in English."""

from __future__ import annotations

import argparse
import ast
import inspect
import re

import pytest

from migstd._cli_argparse_text import ARGPARSE_KA
from migstd.cli import main

# argparse messages that only a programming error shows; they stay English.
DEVELOPER_MESSAGES = {
    "'required' is an invalid argument for positionals",
    "%r is not callable",
    ".__call__() not defined",
    'argument "-" with mode %r',
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional",
    "unexpected option string: %s",
    # The first line of a message split over two string literals.
    "invalid option string %(option)r: ",
    "conflicting option string: %s",
    "conflicting option strings: %s",
}


def argparse_messages() -> set[str]:
    """Return the message ids this Python's argparse looks up."""
    source = inspect.getsource(argparse)
    quoted = re.findall(r"""(?:_|ngettext)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""", source)
    plurals = re.findall(r"""ngettext\(\s*'[^']*',\s*('(?:[^'\\]|\\.)*')""", source)
    return {ast.literal_eval(text) for text in quoted + plurals}


def test_every_user_message_has_georgian() -> None:
    missing = argparse_messages() - DEVELOPER_MESSAGES - set(ARGPARSE_KA)
    assert not missing


def test_georgian_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "ka", "dedupe", "people.csv"])
    err = capsys.readouterr().err

    assert stopped.value.code == 2
    assert err.startswith("გამოყენება: migstd dedupe")
    assert "migstd dedupe: შეცდომა: აუცილებელია შემდეგი არგუმენტები: -o/--output" in err
    assert "usage:" not in err


def test_english_usage_error_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "dedupe", "people.csv"])
    err = capsys.readouterr().err

    assert err.startswith("usage: migstd dedupe")
    assert "migstd dedupe: error: the following arguments are required: -o/--output" in err


def test_georgian_help_titles(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "ka", "--help"])
    out = capsys.readouterr().out

    assert "პოზიციური არგუმენტები:" in out
    assert "ამ დახმარების ჩვენება და გასვლა" in out


def test_argparse_restored_after_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "ka", "dedupe", "people.csv", "-o", "out.csv", "--bogus"])
    assert "უცნობი არგუმენტები: --bogus" in capsys.readouterr().err

    # Other code in the process still gets English from argparse.
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_usage().startswith("usage: other")
