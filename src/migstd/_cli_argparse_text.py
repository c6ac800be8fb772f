"""Georgian for argparse's own messages: the usage line, section titles and usage errors.

argparse looks its messages up through the module-level functions ``_``
and ``ngettext`` at the moment it prints them, so replacing those two while
the command parses its arguments translates them. Messages that only a
programming error shows (conflicting options, a bad ``dest``) stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["ARGPARSE_KA", "argparse_language"]

# argparse's message ids with their Georgian. The tests check that every one a
# user can meet in the running Python is here.
ARGPARSE_KA: dict[str, str] = {
    "usage: ": "გამოყენება: ",
    "options": "პარამეტრები",
    "optional arguments": "პარამეტრები",
    "positional arguments": "პოზიციური არგუმენტები",
    "show this help message and exit": "ამ დახმარების ჩვენება და გასვლა",
    "show program's version number and exit": "პროგრამის ვერსიის ჩვენება და გასვლა",
    "%(prog)s: error: %(message)s\n": "%(prog)s: შეცდომა: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "არგუმენტი %(argument_name)s: %(message)s",
    "expected one argument": "მოსალოდნელია ერთი არგუმენტი",
    "expected at least one argument": "მოსალოდნელია ერთი არგუმენტი მაინც",
    "expected at most one argument": "მოსალოდნელია არაუმეტეს ერთი არგუმენტისა",
    "expected %s argument": "მოსალოდნელია %s არგუმენტი",
    "expected %s arguments": "მოსალოდნელია %s არგუმენტი",
    "ambiguous option: %(option)s could match %(matches)s": (
        "ორაზროვანი პარამეტრი: %(option)s შეიძლება იყოს %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "დაუშვებელი მნიშვნელობა: %(value)r (აირჩიეთ: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "არასწორი %(type)s მნიშვნელობა: %(value)r",
    "not allowed with argument %s": "დაუშვებელია არგუმენტთან %s ერთად",
    "one of the arguments %s is required": "საჭიროა ერთ-ერთი არგუმენტი: %s",
    "the following arguments are required: %s": "აუცილებელია შემდეგი არგუმენტები: %s",
    "unrecognized arguments: %s": "უცნობი არგუმენტები: %s",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' ვერ გაიხსნა: %(error)s",
    "ignored explicit argument %r": "მითითებული არგუმენტი %r უგულებელყოფილია",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "უცნობი ქვებრძანება %(parser_name)r (არჩევანი: %(choices)s)"
    ),
}


@contextmanager
def argparse_language(language: str) -> Iterator[None]:
    """Show argparse's own messages in ``language`` while the block runs ("ka" or "en")."""
    if language != "ka":
        yield
        return

    def translate(message: str) -> str:
        return ARGPARSE_KA.get(message, message)

    def translate_plural(singular: str, plural: str, count: int) -> str:
        return translate(singular if count == 1 else plural)

    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translate, translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
