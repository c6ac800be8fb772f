"""Georgian script: detection, normalization, romanization and name keys.

Georgian is written in Mkhedruli (ნინო). Unicode also encodes its capitals,
Mtavruli (ᲜᲘᲜᲝ, since Unicode 11), and the historical Asomtavruli and Nuskhuri
alphabets. Records of one person reach an agency in any of these, in Latin
under several romanization systems, or in Russian Cyrillic. This package
turns them into comparable forms:

* :func:`detect_script` names the script of a text's letters.
* :func:`normalize` cleans Unicode and folds every Georgian form to
  Mkhedruli, the canonical stored form.
* :func:`to_latin` romanizes with the national system or its passport form.
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

from migstd.script._detect import Script, detect_script
from migstd.script._fold import latin_fold
from migstd.script._keys import name_key
from migstd.script._normalize import normalize
from migstd.script._romanize import APOSTROPHE_MARKS, ROMANIZATION_SYSTEMS, to_latin

__all__ = [
    "APOSTROPHE_MARKS",
    "ROMANIZATION_SYSTEMS",
    "Script",
    "detect_script",
    "latin_fold",
    "name_key",
    "normalize",
    "to_latin",
]
