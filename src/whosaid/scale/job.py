"""The analysis as a Spark job: inputs on any Hadoop file system in, the store's tables as Parquet out.

    whosaid spark-analyze INPUT... OUTPUT [--master URL] [--partitions N]
    spark-submit [--master URL ...] path/to/whosaid/scale/job.py INPUT... OUTPUT [--partitions N]

Stages:
1. read (one task per file, Spark's binaryFiles, so hdfs://, s3a://, gs:// ... work as Spark is configured): each
   file's articles through the same readers `whosaid ingest` uses (`ingest.sources.docs_in_file`), keyed by the
   article id (the content hash) and the input order.
2. shuffle: partition by the article id's hash (deterministic: a rerun puts every article in the same partition
   and part file) and sort within partitions, so duplicates lie together and the first in input order is kept.
3. analyse, per partition: the pipeline is loaded once per executor Python process (a module-level cache;
   Spark reuses Python workers across tasks) and every article becomes the rows `whosaid ingest` writes
   (`store.write.article_row` and `record_rows`). A bad record is logged, counted (accumulator) and written to
   OUTPUT/failures (source, reason); it never fails the job. A missing model does (it is not a bad record).
4. write: every raw table to OUTPUT/<table> as Parquet, mode overwrite (a rerun over the same input replaces the
   same files and doubles nothing).
5. cross-document (`derive`): over the written raw tables. Statement entities, roles, entity statement counts and
   the contradiction and by-date listings are Spark SQL (the store's own SELECTs). Entity resolution and claim
   linking run on the driver over compact rows collected from the tables (article entities: id, name, type,
   aliases, mention count; statements: ids, date, stance, content, refers_to, speaker entity and name), with the
   same code as the store's rebuild: they need all names and all statements of a period at once (union-find over
   fuzzy name keys, an inverted index over content words), and their input is far smaller than the articles, but
   it must fit the driver's memory.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from whosaid.errors import InputError, ModelError, OptionError
from whosaid.ingest.text import MAX_BYTES
from whosaid.store.schema import RAW_TABLES

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

log = logging.getLogger("whosaid.spark")
EXTRA_HINT = "spark-analyze needs pyspark and Java 17+: pip install 'whosaid[spark]'"
FAILURES = "failures"
READABLE_KINDS = ("jsonl", "warc", "file")
SPARK_TYPES = {"VARCHAR": "string", "DATE": "date", "INTEGER": "int", "BOOLEAN": "boolean", "DOUBLE": "double",
               "VARCHAR[]": "array<string>", "BIGINT": "bigint"}


@dataclass(frozen=True)
class SparkOptions:
    master: str | None = None  # None: what spark-submit or the Spark configuration says
    partitions: int | None = None  # None: twice Spark's default parallelism
    lang: str = "auto"  # as `whosaid ingest`: de | en | auto (per article)
    max_bytes: int = MAX_BYTES
    derive: bool = True


@dataclass
class SparkReport:
    files: int = 0
    articles: int = 0
    duplicates: int = 0
    failed: int = 0
    seconds: float = 0.0
    tables: dict[str, int] = field(default_factory=dict)
    analysis_cpu_seconds: float = 0.0  # CPU time of the analysing Python workers, all executors together


def spark_session(master: str | None, app_name: str = "whosaid") -> SparkSession:
    """The active Spark session, or a new one (raises OptionError naming the extra when pyspark is missing)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise OptionError("spark-analyze", EXTRA_HINT) from None
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    try:
        return builder.getOrCreate()
    except Exception as err:  # no Java, or a master that cannot be reached
        raise OptionError(f"--master {master}" if master else "spark-analyze",
                          f"cannot start Spark ({str(err).strip().splitlines()[0][:160]}); {EXTRA_HINT}") from None


def run(spark: SparkSession, inputs: list[str], output: str, options: SparkOptions = SparkOptions()) -> SparkReport:
    """Analyse `inputs` into Parquet tables under `output` (see the module docstring)."""
    if options.lang not in ("de", "en", "auto"):
        raise OptionError(f"--lang {options.lang}", "choose one of de, en, auto")
    if options.partitions is not None and options.partitions < 1:
        raise OptionError(f"--partitions {options.partitions}", "must be at least 1")
    started = time.monotonic()
    sc = spark.sparkContext
    files = list_inputs(spark, inputs)
    partitions = options.partitions or 2 * sc.defaultParallelism
    order = {display_path(f): n for n, f in enumerate(files)}
    counts = {name: sc.accumulator(0) for name in ("articles", "duplicates", "failed")}
    counts["rows"] = sc.accumulator({}, _CountsParam())
    counts["cpu"] = sc.accumulator(0.0)
    max_bytes, lang = options.max_bytes, options.lang

    def read(pair: tuple[str, bytes]):
        return read_file(display_path(pair[0]), pair[1], order, max_bytes)

    # one task per file: a file's articles are read where the file is, then spread by the shuffle
    keyed = sc.binaryFiles(",".join(files), minPartitions=len(files)).flatMap(read)
    by_article = keyed.repartitionAndSortWithinPartitions(partitions, partitionFunc=bucket)
    records = by_article.mapPartitions(lambda part: analyse_partition(part, lang, counts))
    # one row per article holding its rows of every table; cached in the JVM, so that the analysis runs once and
    # each table's write is a JVM-only select over the cache
    frame = spark.createDataFrame(records, record_schema()).persist()
    report = SparkReport(files=len(files))
    try:
        from pyspark.sql.functions import col, explode

        for table in (*RAW_TABLES, FAILURES):
            rows = frame.select(explode(col(table)).alias("row")).select("row.*")
            rows.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}")
    finally:
        frame.unpersist()
    report.articles, report.duplicates, report.failed = (counts[n].value for n in ("articles", "duplicates",
                                                                                     "failed"))
    report.tables = {t: counts["rows"].value.get(t, 0) for t in RAW_TABLES}
    report.analysis_cpu_seconds = counts["cpu"].value
    if options.derive:
        report.tables.update(derive(spark, output))
    report.seconds = time.monotonic() - started
    return report


def list_inputs(spark: SparkSession, inputs: list[str]) -> list[str]:
    """Every file to read, as qualified paths in input order (a folder's or a glob's files sorted, hidden ones
    skipped): what `whosaid ingest` would read, listed through Hadoop's FileSystem so that any scheme Spark knows
    works."""
    from pathlib import PurePosixPath

    from whosaid.ingest.sources import source_kind

    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files: list[str] = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        try:
            fs = path.getFileSystem(conf)
            exists = fs.exists(path)
        except Exception as err:
            raise InputError(given, f"cannot open ({str(err).strip().splitlines()[0][:120]})") from None
        matches = fs.globStatus(path) if not exists else [fs.getFileStatus(path)]  # a glob: s3a://b/2024-01/*.warc.gz
        if not matches:
            raise InputError(given, "no such file or directory")
        for status in sorted(matches, key=lambda st: st.getPath().toString()):
            root = fs.makeQualified(status.getPath())
            if not status.isDirectory():
                files.append(root.toString())
                continue
            base = root.toUri().getPath().rstrip("/")
            found = []
            listing = fs.listFiles(root, True)
            while listing.hasNext():
                p = listing.next().getPath()
                relative = PurePosixPath(p.toUri().getPath()[len(base):].lstrip("/"))
                if source_kind(relative) and not any(part.startswith((".", "_")) for part in relative.parts):
                    found.append(p.toString())
            files += sorted(found)
    if not files:
        raise InputError(" ".join(inputs), "no input files found")
    return files


def display_path(uri: str) -> str:
    """A local file's path as `whosaid ingest` names it (file:/a/b -> /a/b); other URIs as they are."""
    if uri.startswith("file:"):
        return "/" + uri[len("file:"):].lstrip("/")
    return uri


def read_file(path: str, data: bytes, order: dict[str, int], max_bytes: int):
    """((article id, file number, position), value) for every article of one file; a read failure is keyed by a
    hash of its source so that failures spread over the partitions too."""
    from whosaid.ingest.sources import docs_in_file
    from whosaid.record import article_id

    number = order.get(path, -1)
    for source, position, doc in docs_in_file(path, data, max_bytes):
        if isinstance(doc, InputError):
            yield (_source_key(source), number, position), ("failed", source, doc.reason)
        else:
            yield (article_id(doc.text), number, position), ("doc", source, doc)


def _source_key(source: str) -> str:
    return "!" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:15]


def bucket(key: tuple[str, int, int]) -> int:
    """The partition of a key: its article id is a hex hash, so its first 32 bits are evenly spread and stable."""
    return int(key[0].lstrip("!")[:8], 16)


# per executor Python process: the languages whose pipeline is loaded and warm
_WARM: dict[str, Exception | None] = {}


def _analyzer(lang: str):
    """api.analyze with the pipeline loaded once per process (load_pipeline caches it; the first call warms it)."""
    from whosaid import api
    from whosaid.ingest.batch import WARMUP_TEXT

    if lang not in _WARM:
        try:
            api.analyze(WARMUP_TEXT, lang=None if lang == "auto" else lang)
            _WARM[lang] = None
        except ModelError as err:
            _WARM[lang] = err
    if _WARM[lang] is not None:
        raise _WARM[lang]
    return api.analyze


def analyse_partition(part, lang: str, counts: dict[str, Any]):
    """A tuple of row lists, one per table of `record_schema`, for every article of one partition (or for one
    failure); of duplicate articles the first is kept."""
    analyze = _analyzer(lang)
    started = time.process_time()
    try:
        yield from _analyse(part, lang, counts, analyze)
    finally:
        counts["cpu"].add(time.process_time() - started)


def _analyse(part, lang: str, counts: dict[str, Any], analyze):
    from whosaid.ingest.batch import doc_meta, failure_reason
    from whosaid.store.write import article_row, record_rows

    previous = None
    for (key, _, _), value in part:
        if value[0] == "failed":
            yield _failed(value[1], value[2], counts)
            continue
        _, source, doc = value
        if key == previous:
            counts["duplicates"].add(1)
            continue
        previous = key
        try:
            record = analyze(doc.text, published=doc.published, lang=None if lang == "auto" else lang,
                             meta=doc_meta(doc))
        except ModelError as err:
            if lang != "auto":  # the chosen language's model is missing: no record can be analysed
                raise
            yield _failed(source, failure_reason(err), counts)  # a language detected that has no model
            continue
        except Exception as err:  # one bad document must not stop the job
            yield _failed(source, failure_reason(err), counts)
            continue
        tables = {"articles": [article_row(record, source)], **record_rows(record)}
        counts["articles"].add(1)
        counts["rows"].add({table: len(rows) for table, rows in tables.items()})
        yield tuple(tables.get(table, []) for table in (*RAW_TABLES, FAILURES))


def _failed(source: str, reason: str, counts: dict[str, Any]) -> tuple[list, ...]:
    log.warning("whosaid: skipped %s: %s", source, reason)
    counts["failed"].add(1)
    return tuple([] for _ in RAW_TABLES) + ([(source, reason)],)


def record_schema():
    """One article's rows: a column per raw table (and failures), each an array of that table's rows."""
    from pyspark.sql.types import ArrayType, StructType

    schema = StructType()
    for table in (*RAW_TABLES, FAILURES):
        schema.add(table, ArrayType(spark_schema(table)), nullable=False)
    return schema


class _CountsParam:
    """Accumulates {table: rows} dictionaries (pyspark's AccumulatorParam protocol)."""

    def zero(self, value: dict[str, int]) -> dict[str, int]:
        return {}

    def addInPlace(self, a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
        for key, n in b.items():
            a[key] = a.get(key, 0) + n
        return a


def spark_schema(table: str):
    """The Spark schema of a store table (`store.parquet.table_columns`), or of OUTPUT/failures."""
    from pyspark.sql.types import StructType, _parse_datatype_string

    if table == FAILURES:
        columns = [("source", "VARCHAR"), ("reason", "VARCHAR")]
    else:
        from whosaid.store.parquet import table_columns

        columns = table_columns()[table]
    schema = StructType()
    for name, duck_type in columns:
        schema.add(name, _parse_datatype_string(SPARK_TYPES[duck_type]), nullable=True)
    return schema


def derive(spark: SparkSession, output: str) -> dict[str, int]:
    """The cross-document tables over the raw tables under `output` (stage 5 of the module docstring); returns the
    row counts of the tables built on the driver."""
    from whosaid.corpus.build import (
        ABOUT_SQL,
        CLAIM_STATEMENTS_SQL,
        ENTITY_NAMES_SQL,
        SELECT_ROLES,
        SPEAKERS_SQL,
        claim_tables,
        entity_tables,
    )
    from whosaid.corpus.resolve import LocalEntity, resolve
    from whosaid.store.schema import (
        SELECT_CONTRADICTION_ROWS,
        SELECT_STATEMENT_ENTITIES,
        SELECT_STATEMENTS_BY_DATE,
    )

    base = output.rstrip("/")

    def view(table: str) -> DataFrame:
        frame = spark.read.schema(spark_schema(table)).parquet(f"{base}/{table}")
        frame.createOrReplaceTempView(table)
        return frame

    def write(table: str, frame: DataFrame) -> DataFrame:
        conform(frame, table).write.mode("overwrite").parquet(f"{base}/{table}")
        return view(table)

    def local(table: str, rows: list[tuple]) -> DataFrame:
        return spark.createDataFrame(rows, spark_schema(table))

    for table in RAW_TABLES:
        view(table)
    article_entities = spark.sql("SELECT article_id, entity, name, type, aliases, mentions FROM article_entities "
                                 "ORDER BY article_id, entity")
    resolved = resolve([LocalEntity(*row) for row in article_entities.toLocalIterator()])
    entities = entity_tables(resolved)
    local("entities", entities["entities"]).createOrReplaceTempView("entities")  # statement counts follow
    write("entity_map", local("entity_map", entities["entity_map"]))
    write("entity_names", local("entity_names", entities["entity_names"]))
    write("statement_entities", spark.sql(SELECT_STATEMENT_ENTITIES))
    write("entities", spark.sql("""
        SELECT e.id, e.name, e.type, e.aliases, e.articles, e.mentions, coalesce(c.n, 0) AS statements
        FROM entities e LEFT JOIN (
            SELECT entity_id, count(*) AS n FROM statement_entities WHERE role = 'speaker' GROUP BY entity_id) c
        ON e.id = c.entity_id ORDER BY e.id"""))
    write("roles", spark.sql(SELECT_ROLES))
    claims = claim_tables(spark.sql(ABOUT_SQL).toLocalIterator(), spark.sql(ENTITY_NAMES_SQL).toLocalIterator(),
                          spark.sql(SPEAKERS_SQL).toLocalIterator(), spark.sql(CLAIM_STATEMENTS_SQL).toLocalIterator())
    for table, rows in claims.items():
        write(table, local(table, rows))
    write("contradiction_rows", spark.sql(SELECT_CONTRADICTION_ROWS))
    write("statements_by_date", spark.sql(SELECT_STATEMENTS_BY_DATE))
    # the counts the driver holds anyway (counting the SQL-built tables would cost a job each)
    return {t: len(rows) for t, rows in {**entities, **claims}.items()}


def conform(frame: DataFrame, table: str) -> DataFrame:
    """`frame`'s columns, by position, under the store table's names and types."""
    from pyspark.sql.functions import col

    schema = spark_schema(table)
    if len(frame.columns) != len(schema.fields):
        raise ValueError(f"{table}: {len(frame.columns)} columns, the store has {len(schema.fields)}")
    renamed = frame.toDF(*[f.name for f in schema.fields])  # by position: a SELECT may repeat a column name
    return renamed.select([col(f.name).cast(f.dataType) for f in schema.fields])


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: the same arguments as `whosaid spark-analyze`."""
    parser = argparse.ArgumentParser(prog="whosaid-spark", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT")
    parser.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=None, help="analysis partitions")
    parser.add_argument("--lang", default="auto", help="de, en or auto (decides per article)")
    parser.add_argument("--no-derive", action="store_true", help="skip the cross-document tables")
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT folder")
    from whosaid.errors import WhosaidError

    try:
        spark = spark_session(args.master)
        report = run(spark, args.paths[:-1], args.paths[-1],
                     SparkOptions(args.master, args.partitions, args.lang, derive=not args.no_derive))
    except WhosaidError as err:
        print(f"whosaid: error: {err}", file=sys.stderr)
        return 2
    print(summary(report, args.paths[-1]), file=sys.stderr)
    return 0


def summary(report: SparkReport, output: str) -> str:
    tables = ", ".join(f"{t} {n}" for t, n in report.tables.items() if t != FAILURES)
    return (f"{report.articles} articles from {report.files} files, {report.duplicates} duplicates, "
            f"{report.failed} failed (see {output.rstrip('/')}/{FAILURES}) in {report.seconds:.1f} s\n{tables}")


if __name__ == "__main__":
    sys.exit(main())
