"""Georgian script: detection, normalization, romanization and name keys.

Georgian is written in Mkhedruli (ნინო). Unicode also encodes its capitals,
Mtavruli (ᲜᲘᲜᲝ, since Unicode 11), and the historical Asomtavruli and Nuskhuri
alphabets. Records of one person reach an agency in any of these, in Latin
under several romanization systems, or in Russian Cyrillic. This package
turns them into comparable forms:

* :func:`detect_script` names the script of a text's letters.
* :func:`normalize` cleans Unicode and folds every Georgian form to
  Mkhedruli, the canonical stored form; :func:`normalize_with_changes`
  also lists each change for audit logs.
* :func:`to_latin` romanizes with the national system, its passport and
  machine-readable-zone forms, ISO 9984, BGN/PCGN 1981 or ALA-LC.
* :func:`iso9984_to_georgian` reverses ISO 9984 romanization exactly.
* :func:`to_georgian` transliterates romanized text back into Georgian,
  with ranked candidates for the lossy systems.
* :func:`to_cyrillic` writes Georgian names in Russian letters, and
  :func:`from_cyrillic` returns ranked Georgian readings of Russian forms.
* :func:`latin_fold` folds Latin-script text to lower-case ASCII.
* :func:`name_key` builds a phonetic key that agrees across scripts and
  systems, for blocking in record linkage.

>>> normalize("ᲜᲐᲗᲘᲐ\u00a0ᲩᲮᲐᲘᲫᲔ")
'ნათია ჩხაიძე'
>>> to_latin("ჩხალთის ქედი")
'chkhaltis kedi'
>>> to_latin("ბაყაყი", "passport")
'baqaqi'
>>> name_key("ყიფიანი") == name_key("Q'ip'iani") == name_key("Кипиани")
True

Python's ``str.upper()`` turns Mkhedruli into Mtavruli, and ``str.lower()``
turns Asomtavruli into Nuskhuri, so neither is a safe way to fold case in
Georgian text: use :func:`normalize`.
"""

from migstd.script._cyrillic import from_cyrillic, to_cyrillic
from migstd.script._detect import Script, detect_script
from migstd.script._fold import latin_fold
from migstd.script._iso_reverse import iso9984_to_georgian
from migstd.script._keys import name_key
from migstd.script._normalize import Change, normalize, normalize_with_changes
from migstd.script._romanize import APOSTROPHE_MARKS, ROMANIZATION_SYSTEMS, to_latin
from migstd.script._to_georgian import REVERSE_SYSTEMS, to_georgian

__all__ = [
    "APOSTROPHE_MARKS",
    "REVERSE_SYSTEMS",
    "ROMANIZATION_SYSTEMS",
    "Change",
    "Script",
    "detect_script",
    "from_cyrillic",
    "iso9984_to_georgian",
    "latin_fold",
    "name_key",
    "normalize",
    "normalize_with_changes",
    "to_cyrillic",
    "to_georgian",
    "to_latin",
]
