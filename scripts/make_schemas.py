"""Write the JSON Schema of every migstd model to ``schemas/<version>/<Model>.json``.

The version is :data:`migstd.models.SCHEMA_VERSION`, and each file contains
:func:`migstd.models.schema_text` of one model of :data:`migstd.models.MODELS`,
so running the script twice gives the same bytes. Files of that version for
models that no longer exist are removed. ``tests/test_models_schema.py`` fails
when a committed file differs from what this script writes; rerun it after
changing a model, and raise ``SCHEMA_VERSION`` when the change is not
backwards compatible.

Run it from anywhere with migstd installed: ``python scripts/make_schemas.py``.
``--check`` writes nothing and exits with status 1 when a file is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from migstd.models import MODELS, SCHEMA_VERSION, schema_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


def expected_files(directory: Path) -> dict[Path, str]:
    """Return the path and text of every schema file of the current version under ``directory``."""
    folder = directory / SCHEMA_VERSION
    return {folder / f"{name}.json": schema_text(name) for name in sorted(MODELS)}


def stale_files(directory: Path) -> list[Path]:
    """Return the files of the current version's folder under ``directory`` that no model writes."""
    folder = directory / SCHEMA_VERSION
    expected = expected_files(directory)
    return sorted(path for path in folder.glob("*.json") if path not in expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report out-of-date files; write nothing")
    parser.add_argument(
        "--out-dir", type=Path, default=SCHEMAS, help="folder of the versioned schema folders"
    )
    arguments = parser.parse_args(argv)

    expected = expected_files(arguments.out_dir)
    outdated = [
        path for path, text in expected.items() if not path.exists() or path.read_text("utf-8") != text
    ]
    stale = stale_files(arguments.out_dir)

    if arguments.check:
        for path in [*outdated, *stale]:
            print(f"out of date: {path}", file=sys.stderr)
        return 1 if outdated or stale else 0

    for path in outdated:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(expected[path], encoding="utf-8")
    for path in stale:
        path.unlink()
    folder = arguments.out_dir / SCHEMA_VERSION
    print(f"wrote {len(outdated)} and removed {len(stale)} of {len(expected)} schema files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
