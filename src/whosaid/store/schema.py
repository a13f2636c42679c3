"""The store's tables, as a list of migrations applied in order when a store is opened for writing."""

from __future__ import annotations

# Raw tables hold what the single-article analysis found; ingest writes them, one transaction per article.
RAW_TABLES = ("articles", "article_entities", "mentions", "statements", "statement_entities_local", "times",
              "contradictions", "role_mentions")
# Derived tables are rebuilt from the raw ones by the cross-document analysis (whosaid.corpus) after each ingest.
DERIVED_TABLES = ("entities", "entity_names", "entity_map", "statement_entities", "claims", "claim_statements",
                  "roles", "corpus_contradictions")

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

# (store version, statements); a store at version n has had migrations 1..n applied. Append, never edit.
MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
]
STORE_VERSION = MIGRATIONS[-1][0]
