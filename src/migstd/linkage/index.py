"""Incremental linking: add new records to a linked population without relinking it.

A :class:`LinkageIndex` contains a deduplicated population: its prepared
records, the cluster of each record, the settings and the trained
Fellegi-Sunter model. :meth:`LinkageIndex.add` links a batch of new records
to it. Blocking runs in DuckDB, pairing new records with the records already
there and with each other. The index's model scores the pairs without
retraining. Term frequencies do change: they count the records of the whole
population, new ones included. Every new record then gets a cluster id.

Cluster ids (``C000001``, ``C000002``, ...) are stable. A new record that
matches one cluster takes its id; one without a match gets the next unused
id. A batch whose matches join two or more existing clusters merges them into
the oldest one (the smallest id). The other ids are retired, and
:attr:`Assignments.merges` reports them. A retired id is never given out again.

>>> people = [
...     {"id": "1", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"},
...     {"id": "2", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
...     {"id": "3", "given_name": "გიორგი", "family_name": "კაპანაძე", "birth_date": "1985-07-02"},
...     {"id": "4", "given_name": "ლევან", "family_name": "ლომიძე", "birth_date": "1971-11-30"},
...     {"id": "5", "given_name": "თამარ", "family_name": "ჯაფარიძე", "birth_date": "2001-01-09"},
... ]
>>> settings = Settings(unique_id="id", probability_two_random_records_match=0.1)
>>> index = LinkageIndex.build(people, settings)
>>> index
LinkageIndex(records=5, clusters=4)
>>> new = index.add_record({"id": "6", "given_name": "Nino", "family_name": "Beridze",
...                         "birth_date": "1990-03-14"})
>>> new.records.to_pylist()
[{'unique_id': '6', 'cluster_id': 'C000001', 'status': 'joined', 'matches': 2}]
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from migstd.errors import InputError, SettingsError
from migstd.linkage._columns import check_non_text_columns, require_blocking_rules, require_comparisons
from migstd.linkage._compare import gamma_matrix
from migstd.linkage._index_assignments import Assignments, describe_batch
from migstd.linkage._index_blocking import BatchBlocker
from migstd.linkage._index_clusters import assign_clusters, cluster_label
from migstd.linkage._index_columns import PopulationColumn
from migstd.linkage._index_storage import IndexFiles, read_index, write_index
from migstd.linkage._input import read_input
from migstd.linkage._pipeline import (
    _dependent_comparisons,
    _prepared_names,
    _swapped_name_comparisons,
    run_linkage,
)
from migstd.linkage._prepare import (
    EncodedColumn,
    Prepared,
    available_fields,
    check_columns,
    object_values,
    prepare,
)
from migstd.linkage.comparisons import Comparison
from migstd.linkage.result import LinkageResult, ResultTable
from migstd.linkage.settings import Settings

__all__ = ["Assignments", "LinkageIndex"]

logger = logging.getLogger("migstd.linkage")

# Chunks of the prepared records after which they are rewritten as one
# table, because each batch adds a chunk to every column.
_MAX_CHUNKS = 64


def _check_settings(settings: object) -> Settings:
    if not isinstance(settings, Settings):
        raise SettingsError(f"settings must be a Settings object, not {type(settings).__name__}")
    return settings


def _prepare_inputs(
    inputs: Sequence[Any], settings: Settings, input_names: Sequence[str]
) -> tuple[Prepared, tuple[Comparison, ...], list[str]]:
    """Read and prepare the inputs as a linkage job does; return the comparisons and rule columns too."""
    read = [read_input(data, name=name) for data, name in zip(inputs, input_names, strict=True)]
    check_non_text_columns(read, settings)
    tables = [item.table for item in read]
    check_columns(tables, settings, input_names)
    available = available_fields(tables, settings)
    comparisons = settings.resolve_comparisons(sorted(available))
    require_comparisons(comparisons, settings)
    names = _prepared_names(available, comparisons)
    blocking_rules = settings.resolve_blocking_rules(names)
    require_blocking_rules(blocking_rules, settings, available)
    rules = (*blocking_rules, *settings.resolve_training_rules(names))
    rule_columns = [column for rule in rules for column in rule.columns]
    return prepare(tables, settings, comparisons, rule_columns, input_names), comparisons, rule_columns


def _first_seen_numbers(labels: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    """Number the distinct labels from 1 in the order of their first record."""
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first)] = np.arange(1, len(first) + 1)
    result: npt.NDArray[np.int64] = rank[inverse.reshape(-1)]
    return result


class LinkageIndex:
    """A linked population that new records can be linked to; see the module docstring.

    Make one with :meth:`build`, :meth:`from_result` or :meth:`load`.
    """

    def __init__(self, files: IndexFiles, numbers: npt.NDArray[np.int64]) -> None:
        self.settings = files.settings
        self.model = files.model
        self._kinds = files.kinds
        self._table = files.prepared
        self._unique_ids = files.unique_ids
        self._id_rows: dict[str, int] | None = None
        self._truth = files.truth
        self._numbers = numbers
        self._next_number = files.next_cluster_number
        # Made on the first batch, because loading the records into DuckDB takes time.
        self._blocker: BatchBlocker | None = None

        available = sorted(files.kinds)
        self._comparisons = self.settings.resolve_comparisons(available)
        model_names = [parameters.name for parameters in self.model.comparisons]
        if [c.name for c in self._comparisons] != model_names:
            raise SettingsError(
                f"the model has comparisons {model_names}, but the settings give "
                f"{[c.name for c in self._comparisons]}; use the settings the model was trained with"
            )
        names = [name for name in self._table.column_names if not name.startswith("_")]
        self._blocking_rules = self.settings.resolve_blocking_rules(names)
        rules = (*self._blocking_rules, *self.settings.resolve_training_rules(names))
        self._rule_columns = [column for rule in rules for column in rule.columns]
        self._swap = _swapped_name_comparisons(self.settings, self._comparisons)
        self._dependents = _dependent_comparisons(self._comparisons)

        exact_keys = {c.column: c.exact_value_key for c in self._comparisons if c.term_frequency_adjustments}
        self._columns = {
            name: PopulationColumn(files.encoded[name], exact_keys.get(name)) for name in files.kinds
        }

    # Construction and persistence

    @classmethod
    def build(cls, records: Any, settings: Settings | None = None) -> LinkageIndex:
        """Deduplicate ``records``, train the model on them, and return them as an index.

        ``records`` takes the input kinds of :func:`~migstd.linkage.dedupe`.
        """
        chosen = Settings() if settings is None else _check_settings(settings)
        table = read_input(records, name="input").table
        return cls.from_result(run_linkage([table], chosen, ["input"]), table)

    @classmethod
    def from_result(cls, result: LinkageResult, records: Any) -> LinkageIndex:
        """Return an index of the records and clusters of a finished linkage job.

        ``records`` are the inputs the result was made from: the one input of
        a dedupe, or the pair ``(left, right)`` of a link. A result keeps no
        personal values, so they are prepared again. The records of a link
        become one population, and new records are read with the first
        input's column names. Clusters are numbered in the order of their first record.
        """
        if result.link:
            if not isinstance(records, (list, tuple)) or len(records) != 2:
                raise InputError("records of a link result must be the pair (left, right) it was made from")
            inputs, names = list(records), ["left", "right"]
        else:
            inputs, names = [records], ["input"]
        prepared, _, _ = _prepare_inputs(inputs, result.settings, names)

        clusters = result.clusters.to_arrow()
        if not prepared.unique_id.equals(clusters.column("unique_id").combine_chunks()):
            raise InputError("the records are not the ones the result was made from: their unique ids differ")
        distinct = pc.unique(prepared.unique_id)
        if len(distinct) != prepared.size:
            raise InputError(
                "the two inputs share unique ids, which must be unique in an index; set "
                "Settings(unique_id=...) to columns whose values differ between the inputs"
            )
        numbers = _first_seen_numbers(np.asarray(clusters.column("cluster_id").to_numpy()))
        files = IndexFiles(
            settings=result.settings,
            model=result.model,
            kinds=prepared.kinds,
            prepared=prepared.table.set_column(
                1, "_source", pa.array(np.zeros(prepared.size, dtype=np.int8))
            ),
            encoded=prepared.encoded,
            unique_ids=object_values(prepared.unique_id),
            cluster_ids=[],
            truth=None if prepared.truth is None else object_values(prepared.truth),
            next_cluster_number=int(numbers.max(initial=0)) + 1,
        )
        return cls(files, numbers)

    def save(self, directory: str | Path) -> Path:
        """Write the index to ``directory`` as Parquet files and an ``index.json``.

        ``index.json`` contains the settings and the model parameters. The
        Parquet files contain personal data: the prepared names, dates and
        numbers of every record, with their unique and cluster ids. The folder gets mode 0700 and its files
        mode 0600 where the operating system has POSIX permissions.
        """
        files = IndexFiles(
            settings=self.settings,
            model=self.model,
            kinds=self._kinds,
            prepared=self._table.combine_chunks(),
            encoded={name: column.encoded for name, column in self._columns.items()},
            unique_ids=self._unique_ids,
            cluster_ids=self.cluster_ids(),
            truth=self._truth,
            next_cluster_number=self._next_number,
        )
        return write_index(directory, files)

    @classmethod
    def load(cls, directory: str | Path) -> LinkageIndex:
        """Read an index written by :meth:`save`."""
        files = read_index(directory)
        numbers = np.array([int(label[1:]) for label in files.cluster_ids], dtype=np.int64)
        return cls(files, numbers)

    # Reading

    def __len__(self) -> int:
        return len(self._unique_ids)

    def __repr__(self) -> str:
        return f"LinkageIndex(records={len(self)}, clusters={len(np.unique(self._numbers))})"

    def cluster_ids(self) -> list[str]:
        """Return the cluster id of every record, in the order the records were added."""
        return [cluster_label(number) for number in self._numbers.tolist()]

    @property
    def clusters(self) -> ResultTable:
        """Every record with its ``unique_id``, ``cluster_id`` and ``cluster_size``."""
        _, inverse, sizes = np.unique(self._numbers, return_inverse=True, return_counts=True)
        return ResultTable(
            pa.table(
                {
                    "unique_id": pa.array(self._unique_ids.tolist(), type=pa.string()),
                    "cluster_id": pa.array(self.cluster_ids(), type=pa.string()),
                    "cluster_size": pa.array(sizes[inverse.reshape(-1)]),
                }
            )
        )

    # Adding records

    def add_record(self, record: Any) -> Assignments:
        """Link one record (a dict or a ``Person``); see :meth:`add`."""
        return self.add([record])

    def add(self, batch: Any) -> Assignments:
        """Link a batch of new records to the index and add them to it.

        ``batch`` takes the input kinds of :func:`~migstd.linkage.dedupe` and
        must have every column the index was built from, under the same names.
        Other columns are ignored, and so is ``one_to_one``. Without a unique
        id column in the settings, new records get the next row numbers as ids.
        """
        # NOTE: the model is never retrained here. Once the new records outnumber
        # the ones it was trained on, build a new index from all of them.
        table = self._read_batch(batch)
        settings = self.settings
        if settings.truth_column is not None and settings.truth_column not in table.column_names:
            settings = settings.with_options(truth_column=None)
        prepared = prepare([table], settings, self._comparisons, self._rule_columns, ["batch"])
        first = len(self)
        unique_ids = self._batch_ids(prepared, first)

        batch_table = prepared.table.select(self._table.column_names)
        batch_table = batch_table.set_column(0, "_row", pa.array(np.arange(first, first + prepared.size)))
        records = pa.concat_tables([self._table, batch_table])
        if records.column(0).num_chunks > _MAX_CHUNKS:
            records = records.combine_chunks()
        keep = ["_row", *(c for c in dict.fromkeys(self._rule_columns) if c in records.column_names)]
        if self._blocker is None:
            self._blocker = BatchBlocker(self._table.select(keep))
        candidates = self._blocker.candidate_pairs(
            batch_table, self._blocking_rules, self.settings.max_comparisons
        )

        # A batch that fails above leaves the index as it was: the blocker removes a batch it rejects.
        for name, column in self._columns.items():
            column.add(prepared.encoded[name])
        self._table = records
        self._unique_ids = np.concatenate([self._unique_ids, unique_ids])
        if self._id_rows is not None:
            self._id_rows.update((uid, first + row) for row, uid in enumerate(unique_ids.tolist()))
        if self._truth is not None:
            missing = np.full(prepared.size, None, dtype=object)
            self._truth = np.concatenate(
                [self._truth, object_values(prepared.truth) if prepared.truth is not None else missing]
            )

        weights = self._score(candidates.left, candidates.right)
        matched = weights >= self.settings.threshold_weight
        previous_next = self._next_number
        assignment = assign_clusters(
            self._numbers,
            first_new_row=first,
            size=len(self),
            left=candidates.left[matched],
            right=candidates.right[matched],
            next_number=self._next_number,
        )
        self._numbers = assignment.numbers
        self._next_number = assignment.next_number
        logger.info(
            "added %d records: %d candidate pairs, %d matches, %d new clusters, %d clusters merged",
            prepared.size,
            len(candidates),
            int(matched.sum()),
            assignment.next_number - previous_next,
            len(assignment.retired),
        )
        return describe_batch(
            self._unique_ids,
            self._numbers,
            first,
            candidates,
            weights,
            matched,
            assignment.retired,
            previous_next,
        )

    def _read_batch(self, batch: Any) -> pa.Table:
        """Read a batch and raise InputError naming the first column it lacks."""
        read = read_input(batch, name="batch")
        check_non_text_columns([read], self.settings.with_options(truth_column=None))
        needed = [self.settings.input_column(name) for name in self._kinds]
        unique_id = self.settings.unique_id_column()
        if unique_id is not None:
            needed.append(unique_id)
        for column in dict.fromkeys(needed):
            if column not in read.table.column_names:
                field = next(
                    (name for name in self._kinds if self.settings.input_column(name) == column), None
                )
                reader = f" (for {field!r})" if field is not None and field != column else ""
                raise InputError(
                    f"batch has no column {column!r}{reader}; a batch needs every column the index "
                    f"was built from: {', '.join(repr(c) for c in dict.fromkeys(needed))}"
                )
        return read.table

    def _batch_ids(self, prepared: Prepared, first: int) -> npt.NDArray[np.object_]:
        """Return the unique ids of a batch; raise when one is already in the index."""
        if self.settings.unique_id is None:
            return np.array([str(first + row) for row in range(prepared.size)], dtype=object)
        if self._id_rows is None:
            self._id_rows = {str(uid): row for row, uid in enumerate(self._unique_ids.tolist())}
        ids = object_values(prepared.unique_id)
        repeated = [row for row, uid in enumerate(ids.tolist()) if str(uid) in self._id_rows]
        if repeated:
            raise InputError(
                f"batch: {len(repeated)} unique id(s) are already in the index, the first at batch row "
                f"{repeated[0]}; give new records new ids"
            )
        return ids

    def _score(self, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Return the match weights of record pairs under the index's model and current term frequencies."""
        encoded: dict[str, EncodedColumn] = {name: column.encoded for name, column in self._columns.items()}
        population = Prepared(
            table=self._table,
            source=np.zeros(len(self), dtype=np.int8),
            row=np.arange(len(self), dtype=np.int64),
            # Scoring reads no id; an array of nulls costs no strings.
            unique_id=pa.nulls(len(self), pa.string()),
            encoded=encoded,
            kinds=self._kinds,
            truth=None,
        )
        gammas = gamma_matrix(self._comparisons, population, left, right, self._swap, self._dependents)
        weights = self.model.match_weights(gammas)

        # Term-frequency adjustment: an exact agreement on value v adds log2(u / tf(v)).
        for index, comparison in enumerate(self._comparisons):
            frequencies = self._columns[comparison.column].term_frequencies()
            if not comparison.term_frequency_adjustments or len(frequencies) == 0:
                continue
            exact = gammas[:, index] == 0
            codes = encoded[comparison.column].codes[left[exact]]
            weights[exact] += np.log2(self.model.comparisons[index].u[0] / frequencies[codes])
        return weights
