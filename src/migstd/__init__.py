"""migstd: migration data standards for Georgian government agencies.

The package is layered: ``migstd.errors``, ``migstd.script`` (Georgian script),
``migstd.codelists``, ``migstd.models``, ``migstd.linkage`` and ``migstd.synth``,
and the ``migstd`` command in ``migstd.cli``. Import the part you need; importing
``migstd`` itself loads nothing else.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
