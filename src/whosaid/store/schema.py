"""The store's tables, as a list of migrations applied in order when a store is opened for writing."""

from __future__ import annotations

# Raw tables hold what the single-article analysis found; ingest writes them, one transaction per article.
RAW_TABLES = ("articles", "article_entities", "mentions", "statements", "statement_entities_local", "times",
              "contradictions", "role_mentions")
# Derived tables are rebuilt from the raw ones by the cross-document analysis (whosaid.corpus) after each ingest.
DERIVED_TABLES = ("entities", "entity_names", "entity_map", "statement_entities", "claims", "claim_statements",
                  "roles", "corpus_contradictions", "contradiction_rows", "statements_by_date")

V1 = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, language VARCHAR, published DATE, published_source VARCHAR,
    title VARCHAR, url VARCHAR, outlet VARCHAR, text VARCHAR, record_version VARCHAR);
CREATE TABLE article_entities (
    article_id VARCHAR, entity VARCHAR, name VARCHAR, type VARCHAR, aliases VARCHAR[], mentions INTEGER);
CREATE TABLE mentions (article_id VARCHAR, entity VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE statements (
    article_id VARCHAR, id VARCHAR, published DATE, said DATE,
    speaker VARCHAR, speaker_entity VARCHAR, speaker_resolved VARCHAR, speaker_org VARCHAR,
    cue VARCHAR, cue_lemma VARCHAR, content VARCHAR, content_start INTEGER, content_end INTEGER,
    kind VARCHAR, stance VARCHAR, medium VARCHAR, via VARCHAR, continues VARCHAR, refers_to VARCHAR,
    time VARCHAR, time_value VARCHAR, time_implied BOOLEAN);
-- which article entities a statement involves: its speaker, the organisation it speaks for, the entities in its content
CREATE TABLE statement_entities_local (article_id VARCHAR, statement VARCHAR, entity VARCHAR, role VARCHAR);
CREATE TABLE times (
    article_id VARCHAR, id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, type VARCHAR, value VARCHAR,
    approximate BOOLEAN, anchor_fallback BOOLEAN);
-- contradictions found inside one article by the single-article analysis
CREATE TABLE contradictions (article_id VARCHAR, claim VARCHAR, counter VARCHAR, reason VARCHAR);
-- "der irakische Ministerpräsident Mustafa al-Kadhimi": a role written next to a person's mention
CREATE TABLE role_mentions (article_id VARCHAR, entity VARCHAR, role VARCHAR, role_noun VARCHAR, start INTEGER);

CREATE TABLE entities (
    id VARCHAR, name VARCHAR, type VARCHAR, aliases VARCHAR[], articles INTEGER, mentions INTEGER,
    statements INTEGER);
-- name keys (corpus.names.name_key) of canonical names and aliases; weak: a person's last name alone
CREATE TABLE entity_names (key VARCHAR, entity_id VARCHAR, weak BOOLEAN, last_skeleton VARCHAR, tokens INTEGER);
CREATE TABLE entity_map (article_id VARCHAR, entity VARCHAR, entity_id VARCHAR);
CREATE TABLE statement_entities (entity_id VARCHAR, role VARCHAR, article_id VARCHAR, statement VARCHAR, said DATE);
CREATE TABLE claims (
    id VARCHAR, label VARCHAR, statements INTEGER, articles INTEGER, first DATE, last DATE, words VARCHAR[]);
CREATE TABLE claim_statements (claim_id VARCHAR, article_id VARCHAR, statement VARCHAR);
CREATE TABLE roles (
    role VARCHAR, role_noun VARCHAR, entity_id VARCHAR, name VARCHAR, first DATE, last DATE, mentions INTEGER);
CREATE TABLE corpus_contradictions (
    claim_id VARCHAR, claim_article VARCHAR, claim VARCHAR, counter_article VARCHAR, counter VARCHAR,
    similarity DOUBLE, reason VARCHAR);

-- a statement as the queries show it: the speaker by the name of the resolved cross-document entity
CREATE VIEW statement_rows AS
SELECT s.*, a.outlet, a.title, a.url, coalesce(e.name, s.speaker_resolved, s.speaker) AS speaker_name
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN entity_map m ON m.article_id = s.article_id AND m.entity = s.speaker_entity
LEFT JOIN entities e ON e.id = m.entity_id;
"""

# Version 2 copies what the queries show of a statement (dates, outlet, resolved speaker name, cue, stance, kind,
# content) onto the derived rows the queries select from, so they never join back to the million-row statements
# table: statement_entities (sorted by entity id, so one entity's rows lie together) and contradiction_rows (both
# scopes of contradictions, both sides, in the order `whosaid contradictions` lists them). corpus.build fills them
# with the statements below on every rebuild; the migration fills them once from the tables a v1 store holds.
# The SELECTs are plain SQL that Spark SQL runs too (whosaid.scale derives the same tables over Parquet).
SELECT_STATEMENT_ENTITIES = """
SELECT k.entity_id, k.role, k.article_id, k.statement, s.said, s.published, a.outlet,
       coalesce(e.name, s.speaker_resolved, s.speaker), s.cue, s.stance, s.kind, s.content
FROM (SELECT DISTINCT m.entity_id, l.role, l.article_id, l.statement
      FROM statement_entities_local l JOIN entity_map m ON m.article_id = l.article_id AND m.entity = l.entity) k
JOIN statements s ON s.article_id = k.article_id AND s.id = k.statement
LEFT JOIN articles a ON a.id = s.article_id
LEFT JOIN entity_map sm ON sm.article_id = s.article_id AND sm.entity = s.speaker_entity
LEFT JOIN entities e ON e.id = sm.entity_id
ORDER BY k.entity_id, k.role, s.said, k.article_id, k.statement"""
FILL_STATEMENT_ENTITIES = """
INSERT INTO statement_entities (entity_id, role, article_id, statement, said, published, outlet, speaker_name, cue,
                                stance, kind, content)""" + SELECT_STATEMENT_ENTITIES + ";\n"
SELECT_CONTRADICTION_ROWS = """
SELECT x.scope, x.claim_id, x.claim_article, x.claim, x.counter_article, x.counter, x.reason,
       coalesce(sa.said, sb.said),
       sa.said, aa.outlet, coalesce(ea.name, sa.speaker_resolved, sa.speaker), sa.cue, sa.content,
       sb.said, ab.outlet, coalesce(eb.name, sb.speaker_resolved, sb.speaker), sb.cue, sb.content
FROM (SELECT 'corpus' AS scope, claim_id, claim_article, claim, counter_article, counter, reason
      FROM corpus_contradictions
      UNION ALL
      SELECT 'article', NULL, article_id, claim, article_id, counter, reason FROM contradictions) x
JOIN statements sa ON sa.article_id = x.claim_article AND sa.id = x.claim
JOIN articles aa ON aa.id = sa.article_id
LEFT JOIN entity_map ma ON ma.article_id = sa.article_id AND ma.entity = sa.speaker_entity
LEFT JOIN entities ea ON ea.id = ma.entity_id
JOIN statements sb ON sb.article_id = x.counter_article AND sb.id = x.counter
JOIN articles ab ON ab.id = sb.article_id
LEFT JOIN entity_map mb ON mb.article_id = sb.article_id AND mb.entity = sb.speaker_entity
LEFT JOIN entities eb ON eb.id = mb.entity_id
ORDER BY x.scope DESC, coalesce(sa.said, sb.said) NULLS LAST, x.claim_article, x.claim, x.counter_article, x.counter"""
FILL_CONTRADICTION_ROWS = "\nINSERT INTO contradiction_rows" + SELECT_CONTRADICTION_ROWS + ";\n"
V2 = """
ALTER TABLE statement_entities ADD COLUMN published DATE;
ALTER TABLE statement_entities ADD COLUMN outlet VARCHAR;
ALTER TABLE statement_entities ADD COLUMN speaker_name VARCHAR;
ALTER TABLE statement_entities ADD COLUMN cue VARCHAR;
ALTER TABLE statement_entities ADD COLUMN stance VARCHAR;
ALTER TABLE statement_entities ADD COLUMN kind VARCHAR;
ALTER TABLE statement_entities ADD COLUMN content VARCHAR;
-- every contradiction, within an article (scope 'article') and across articles ('corpus'), with both sides shown;
-- said: the claim's date, else the counter's (the listing's order)
CREATE TABLE contradiction_rows (
    scope VARCHAR, claim_id VARCHAR, claim_article VARCHAR, claim VARCHAR, counter_article VARCHAR, counter VARCHAR,
    reason VARCHAR, said DATE,
    claim_said DATE, claim_outlet VARCHAR, claim_speaker VARCHAR, claim_cue VARCHAR, claim_content VARCHAR,
    counter_said DATE, counter_outlet VARCHAR, counter_speaker VARCHAR, counter_cue VARCHAR, counter_content VARCHAR);
DELETE FROM statement_entities;
""" + FILL_STATEMENT_ENTITIES + FILL_CONTRADICTION_ROWS

# Version 3 keeps a time's TIMEX3 mod (record schema 1.1: "Ende März" is 2021-03 with mod END) and a statement's
# event time (the first time expression in its content) with its value.
V3 = """
ALTER TABLE times ADD COLUMN mod VARCHAR;
ALTER TABLE statements ADD COLUMN event_time VARCHAR;
ALTER TABLE statements ADD COLUMN event_time_value VARCHAR;
"""

# Version 4 keeps who a statement was made to (record schema 1.2).
V4 = """
ALTER TABLE statements ADD COLUMN addressee VARCHAR;
"""

# Version 5 keeps each article's record as the analysis wrote it (JSON, without the article text, which is in `text`),
# so a reader (whosaid serve) shows an article exactly, every offset of speaker, cue parts and content parts included,
# with one lookup by primary key; articles stored before it have none (the web view rebuilds theirs from the tables).
# And statements_by_date: every statement with what the queries show of it, sorted by the day it was said, so the
# listings not narrowed to an entity (by date, outlet, stance; the text search) read one table and stop early rather
# than join back to statements; corpus.build fills it on every rebuild.
SELECT_STATEMENTS_BY_DATE = """
SELECT s.said, s.published, a.outlet, coalesce(e.name, s.speaker_resolved, s.speaker), s.cue, s.stance, s.kind,
       s.content, s.article_id, s.id, s.event_time_value
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN entity_map m ON m.article_id = s.article_id AND m.entity = s.speaker_entity
LEFT JOIN entities e ON e.id = m.entity_id
ORDER BY s.said NULLS LAST, s.article_id, s.id"""
FILL_STATEMENTS_BY_DATE = "\nINSERT INTO statements_by_date" + SELECT_STATEMENTS_BY_DATE + ";\n"
V5 = """
ALTER TABLE articles ADD COLUMN record VARCHAR;
CREATE TABLE statements_by_date (
    said DATE, published DATE, outlet VARCHAR, speaker VARCHAR, cue VARCHAR, stance VARCHAR, kind VARCHAR,
    content VARCHAR, article_id VARCHAR, statement VARCHAR, event_time VARCHAR);
""" + FILL_STATEMENTS_BY_DATE

# (store version, statements); a store at version n has had migrations 1..n applied. Append, never edit.
MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
    (2, V2),
    (3, V3),
    (4, V4),
    (5, V5),
]
STORE_VERSION = MIGRATIONS[-1][0]
