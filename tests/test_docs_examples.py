"""Run the examples of the README files and the user documentation.

Each Markdown file below is read block by block, in order, in a fresh
temporary working directory, so an example that no longer matches the code
fails here. The files mark their blocks like this:

- A ``python`` block runs; all blocks of one file share one namespace. A
  ``text`` block right after it (only blank lines between) is its expected
  standard output.
- A ``pycon`` block runs as a doctest, in the same namespace.
- ``<!-- file: NAME -->`` before a block writes the block to NAME.
- ``<!-- run -->`` before a ``sh`` block runs each of its ``migstd`` commands
  through :func:`migstd.cli.main`. A ``text`` block right after it is the
  expected messages (standard error); an ``echo $?`` line prints the exit
  status of the command before it.
- ``<!-- output of: COMMAND -->`` before a ``text`` block runs the ``migstd``
  COMMAND and compares its messages with the block.
- ``<!-- no-test -->`` before a block skips it.

Other blocks (``sh`` without a mark, ``toml`` or ``csv`` without a file name)
are shown to the reader and not run.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from migstd.cli import main

ROOT = Path(__file__).resolve().parent.parent

# The files whose examples run. docs/benchmarks.md is left out: its commands
# need the bench extra and minutes of run time.
DOC_FILES = (
    "README.md",
    "README.ka.md",
    "docs/index.md",
    "docs/linkage.md",
    "docs/script.md",
    "docs/codelists.md",
    "docs/identifiers.md",
    "docs/mrz.md",
    "docs/models.md",
    "docs/synth.md",
    "docs/strategies.md",
    "docs/cli.md",
    "docs/ka/index.md",
    "docs/ka/linkage.md",
    "docs/ka/cli.md",
    "docs/ka/codelists.md",
    "docs/ka/identifiers.md",
    "docs/ka/models.md",
    "docs/ka/synth.md",
)

_FENCE = re.compile(r"^```([\w-]*)\s*$")
_MARK = re.compile(r"^<!--\s*(no-test|run|file:\s*(?P<file>\S+)|output of:\s*(?P<command>.+?))\s*-->\s*$")


@dataclass
class Block:
    """A fenced block, the mark on the line before it and what follows it."""

    language: str
    text: str
    line: int
    mark: str | None = None
    argument: str | None = None
    output: Block | None = None


def read_blocks(path: Path) -> list[Block]:
    """Return the fenced blocks of a Markdown file, each ``text`` block attached to the block before it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    mark: tuple[str, str | None] | None = None
    previous_end: int | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        marked = _MARK.match(line.strip())
        fence = _FENCE.match(line)
        if marked:
            kind = marked.group(1).split(":")[0]
            mark = (kind, marked.group("file") or marked.group("command"))
            index += 1
            continue
        if not fence:
            if line.strip():
                mark = None
            index += 1
            continue

        start = index
        index += 1
        body: list[str] = []
        while index < len(lines) and lines[index].rstrip() != "```":
            body.append(lines[index])
            index += 1
        block = Block(language=fence.group(1), text="\n".join(body) + "\n", line=start + 1)
        if mark is not None:
            block.mark, block.argument = mark

        follows = previous_end is not None and all(not text.strip() for text in lines[previous_end:start])
        if block.language == "text" and block.mark is None and follows and blocks:
            blocks[-1].output = block
        else:
            blocks.append(block)
        previous_end = index + 1
        mark = None
        index += 1
    return blocks


def commands(text: str) -> list[str]:
    """Return the commands of a shell block, with continued lines joined."""
    joined = text.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.startswith("#")]


def run_migstd(command: str) -> tuple[int, str]:
    """Run one ``migstd`` command in this process and return its exit status and messages."""
    argv = shlex.split(command)
    assert argv[0] == "migstd", f"only migstd commands can run in a docs example, not {argv[0]!r}"
    messages = io.StringIO()
    with contextlib.redirect_stderr(messages), contextlib.redirect_stdout(messages):
        try:
            status = main(argv[1:])
        except SystemExit as exit_:
            status = int(exit_.code or 0)
    return status, messages.getvalue()


def run_shell_block(block: Block) -> str:
    """Run the commands of a ``<!-- run -->`` block and return their messages."""
    output = []
    status = 0
    for command in commands(block.text):
        if command == "echo $?":
            output.append(f"{status}\n")
            continue
        status, messages = run_migstd(command)
        output.append(messages)
    return "".join(output)


def tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def location(path: Path, line: int) -> str:
    """Return ``path:line`` relative to the repository when the file is in it."""
    relative = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return f"{relative}:{line}"


def check_output(path: Path, actual: str, expected: Block | None) -> None:
    if expected is None:
        return
    where = location(path, expected.line)
    assert tidy(actual) == tidy(expected.text), f"output differs from the text block at {where}"


def run_pycon(path: Path, block: Block, namespace: dict[str, object]) -> None:
    name = location(path, block.line)
    test = doctest.DocTestParser().get_doctest(block.text, namespace, name, str(path), block.line)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=report.write, clear_globs=False)
    # DocTest works on a copy of the namespace, so copy its names back for the next blocks.
    namespace.update(test.globs)
    assert runner.failures == 0, report.getvalue()


def run_file(path: Path) -> int:
    """Run every example of ``path`` in the current directory and return how many ran."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    count = 0
    for block in read_blocks(path):
        where = location(path, block.line)
        if block.mark == "no-test":
            continue
        if block.mark == "file":
            assert block.argument
            Path(block.argument).write_text(block.text, encoding="utf-8")
        elif block.mark == "output of":
            assert block.argument
            _, messages = run_migstd(block.argument)
            check_output(path, messages, block)
            count += 1
        elif block.mark == "run":
            check_output(path, run_shell_block(block), block.output)
            count += 1
        elif block.language == "python":
            stdout = io.StringIO()
            with contextlib.redirect_stdout(stdout):
                exec(compile(block.text, where, "exec"), namespace)
            check_output(path, stdout.getvalue(), block.output)
            count += 1
        elif block.language == "pycon":
            run_pycon(path, block, namespace)
            count += 1
    return count


@pytest.fixture
def docs_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Run in an empty directory, in English unless --lang ka, with help text 80 columns wide."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", DOC_FILES)
def test_doc_examples_run(name: str, docs_environment: Path) -> None:
    path = ROOT / name
    assert path.is_file(), f"{name} is missing"

    ran = run_file(path)

    if name in ("README.md", "README.ka.md", "docs/linkage.md", "docs/ka/linkage.md"):
        assert ran > 0, f"{name} should have examples that run"


def test_reader_attaches_output(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- file: a.csv -->\n```csv\nx\n```\n\n```python\nprint(1)\n```\n\n```text\n1\n```\n"
        "\n<!-- no-test -->\n```python\nraise SystemExit\n```\n",
        encoding="utf-8",
    )

    blocks = read_blocks(page)

    assert [(b.language, b.mark) for b in blocks] == [
        ("csv", "file"),
        ("python", None),
        ("python", "no-test"),
    ]
    assert blocks[0].argument == "a.csv"
    assert blocks[1].output is not None
    assert blocks[1].output.text == "1\n"


def test_wrong_output_fails(docs_environment: Path) -> None:
    page = docs_environment / "page.md"
    page.write_text("```python\nprint(2)\n```\n\n```text\n3\n```\n", encoding="utf-8")

    with pytest.raises(AssertionError, match="output differs"):
        run_file(page)


def options_in_help(argv: list[str]) -> set[str]:
    status, messages = run_migstd(shlex.join(["migstd", *argv, "--help"]))
    assert status == 0
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", messages)) - {"--help"}


@pytest.mark.parametrize("page", ["docs/cli.md", "docs/ka/cli.md"])
def test_cli_page_lists_every_option(page: str, docs_environment: Path) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    documented = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", text))

    known = {"--help"}
    subcommands = ("link", "dedupe", "link-new", "demo", "translit", "codes", "mrz", "schema", "synth")
    for argv in ([], *([name] for name in subcommands)):
        options = options_in_help(argv)
        known |= options
        missing = options - documented
        assert not missing, f"{page} does not describe {sorted(missing)} of migstd {' '.join(argv)}"
    unknown = documented - known
    assert not unknown, f"{page} describes options that migstd does not have: {sorted(unknown)}"


def test_wrong_doctest_fails(docs_environment: Path) -> None:
    page = docs_environment / "page.md"
    page.write_text("```pycon\n>>> 1 + 1\n3\n\n```\n", encoding="utf-8")

    with pytest.raises(AssertionError, match="Expected"):
        run_file(page)


def test_run_block_prints_status(docs_environment: Path) -> None:
    block = Block(language="sh", text="migstd link\necho $?\n", line=1, mark="run")

    output = run_shell_block(block)

    assert output.endswith("\n2\n")
    assert "usage: migstd link" in output


def test_run_block_rejects_other_commands() -> None:
    block = Block(language="sh", text="rm -rf build\n", line=1, mark="run")

    with pytest.raises(AssertionError, match="only migstd commands"):
        run_shell_block(block)


_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("name", DOC_FILES)
def test_doc_links_resolve(name: str) -> None:
    path = ROOT / name
    targets = [target for target in _LINK.findall(path.read_text(encoding="utf-8")) if "://" not in target]

    broken = [target for target in targets if not (path.parent / target).exists()]

    assert not broken, f"{name} links to missing files: {broken}"
