/**
 * Versioned schema migrations. Each version is SQL for SQLite and for PostgreSQL; the common tables
 * are written once with two type placeholders (`{SERIAL}`, `{REAL}`). Append new versions; never
 * edit an applied one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const COMMON_V1 = `
CREATE TABLE articles (
  seq {SERIAL},
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  pipeline_version TEXT NOT NULL,
  published TEXT,
  url TEXT,
  source TEXT NOT NULL,
  source_key TEXT NOT NULL,
  title TEXT,
  text TEXT NOT NULL,
  result TEXT NOT NULL,
  raw TEXT,
  raw_format TEXT,
  band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,
  cluster_of TEXT,
  n_events INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_pv ON articles (pipeline_version);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_b0 ON articles (band0);
CREATE INDEX articles_b1 ON articles (band1);
CREATE INDEX articles_b2 ON articles (band2);
CREATE INDEX articles_b3 ON articles (band3);

CREATE TABLE entities (
  article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  country TEXT, role TEXT, actor_code TEXT, n_mentions INTEGER NOT NULL
);
CREATE INDEX entities_article ON entities (article_id);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
  article_id TEXT NOT NULL, entity_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE places (
  article_id TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL, geoname_id INTEGER,
  lat {REAL}, lon {REAL}, country_code TEXT, feature_code TEXT, kind TEXT NOT NULL, n_mentions INTEGER NOT NULL
);
CREATE INDEX places_article ON places (article_id);

CREATE TABLE times (
  article_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT NOT NULL
);
CREATE INDEX times_article ON times (article_id);

CREATE TABLE quotes (
  article_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
  kind TEXT NOT NULL, speaker_name TEXT, speaker_entity_id TEXT
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_name);

CREATE TABLE merged_events (
  id {SERIAL},
  merge_key TEXT NOT NULL UNIQUE,
  date_added TEXT NOT NULL
);

CREATE TABLE events (
  row_id {SERIAL},
  article_id TEXT NOT NULL, event_id TEXT NOT NULL, merged_id INTEGER NOT NULL,
  code TEXT NOT NULL, base_code TEXT NOT NULL, root_code TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein {REAL} NOT NULL, is_root INTEGER NOT NULL,
  actor1_code TEXT, actor1_country TEXT, actor1_name TEXT,
  actor2_code TEXT, actor2_country TEXT, actor2_name TEXT,
  date TEXT, week TEXT, place_name TEXT, geoname_id INTEGER, lat {REAL}, lon {REAL}, place_country TEXT, place_feature TEXT,
  evidence TEXT NOT NULL, sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  verb_start INTEGER, actor1_start INTEGER, actor2_start INTEGER,
  mentions INTEGER NOT NULL, confidence {REAL} NOT NULL,
  source TEXT NOT NULL, source_key TEXT NOT NULL, url TEXT, doc_length INTEGER NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_merged ON events (merged_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_a1 ON events (actor1_code);
CREATE INDEX events_a2 ON events (actor2_code);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_root_date ON events (root_code, date);
CREATE INDEX events_lat ON events (lat);

CREATE TABLE facts (
  article_id TEXT NOT NULL, fact_id TEXT NOT NULL, kind TEXT NOT NULL, fields TEXT NOT NULL
);
CREATE INDEX facts_article ON facts (article_id);
`;

const EVENT_INDEXES_V3 = `
CREATE INDEX events_a1_country ON events (actor1_country);
CREATE INDEX events_a2_country ON events (actor2_country);
CREATE INDEX events_place_country ON events (place_country);
CREATE INDEX events_quad_goldstein ON events (quad_class, goldstein);
DROP INDEX events_lat;
CREATE INDEX events_lat_lon ON events (lat, lon);
CREATE INDEX events_root_a1 ON events (root_code, actor1_code);
CREATE INDEX events_root_a2 ON events (root_code, actor2_code)`;

const MINHASH_V5 = `
ALTER TABLE articles ADD COLUMN band4 INTEGER;
ALTER TABLE articles ADD COLUMN band5 INTEGER;
ALTER TABLE articles ADD COLUMN band6 INTEGER;
ALTER TABLE articles ADD COLUMN band7 INTEGER;
ALTER TABLE articles ADD COLUMN minhash TEXT;
UPDATE articles SET band0 = NULL, band1 = NULL, band2 = NULL, band3 = NULL;
CREATE INDEX articles_b4 ON articles (band4);
CREATE INDEX articles_b5 ON articles (band5);
CREATE INDEX articles_b6 ON articles (band6);
CREATE INDEX articles_b7 ON articles (band7)`;

const INGESTS_V2 = `
CREATE TABLE ingests (
  id TEXT PRIMARY KEY, status TEXT NOT NULL, started_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  total INTEGER, processed INTEGER NOT NULL, stored INTEGER NOT NULL, duplicates INTEGER NOT NULL,
  failed INTEGER NOT NULL, rate DOUBLE PRECISION NOT NULL, eta_seconds INTEGER
)`;

// Evidence search (`q`) through an index instead of a scan, same substring semantics as `LIKE`.
// SQLite: an external-content FTS5 table with the trigram tokenizer, kept in step by triggers.
const EVIDENCE_FTS_V6_SQLITE = `
CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content = 'events', content_rowid = 'row_id', tokenize = 'trigram');
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN INSERT INTO events_fts (rowid, evidence) VALUES (new.row_id, new.evidence); END;
CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN INSERT INTO events_fts (events_fts, rowid, evidence) VALUES ('delete', old.row_id, old.evidence); END;
CREATE TRIGGER events_fts_au AFTER UPDATE OF evidence ON events BEGIN INSERT INTO events_fts (events_fts, rowid, evidence) VALUES ('delete', old.row_id, old.evidence); INSERT INTO events_fts (rowid, evidence) VALUES (new.row_id, new.evidence); END`;

// PostgreSQL: a pg_trgm GIN index on lower(evidence), which serves the existing LIKE '%…%' as is.
// The extension is database-wide: it is created in "public" (never in a per-run schema, whose
// DROP … CASCADE would take the extension and every other schema's index with it). Where it cannot
// be created (no privilege, not installed) the migration still applies and searches scan.
const EVIDENCE_TRGM_V6_POSTGRES = `
DO $$ DECLARE ns text; BEGIN BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: %', SQLERRM; END; SELECT quote_ident(n.nspname) INTO ns FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'pg_trgm'; IF ns IS NOT NULL THEN EXECUTE format('CREATE INDEX events_evidence_trgm ON events USING gin (lower(evidence) %s.gin_trgm_ops)', ns); END IF; END $$`;

// Timeline and network aggregates over an actor filter read only index entries: one covering
// index per actor side (each replaces the single-column actor index it starts with).
const AGGREGATE_INDEXES_V7 = `
CREATE INDEX events_a1_agg ON events (actor1_code, actor2_code, week, date, quad_class, root_code, goldstein, actor1_name, actor2_name);
CREATE INDEX events_a2_agg ON events (actor2_code, actor1_code, week, date, quad_class, root_code, goldstein, actor1_name, actor2_name);
DROP INDEX events_a1;
DROP INDEX events_a2`;

// Evidence search by words (replaces version 6's substring indexes: PostgreSQL's trigram posting
// lists for common trigrams made a broad search cost 50-170 ms at 1M events, and SQLite's trigram
// index was a third of the file). SQLite: FTS5 unicode61 over the evidence, kept by triggers;
// PostgreSQL: GIN over to_tsvector('simple', evidence). Both keep diacritics and stop words.
const EVIDENCE_WORDS_V8_SQLITE = `
DROP TRIGGER events_fts_ai;
DROP TRIGGER events_fts_ad;
DROP TRIGGER events_fts_au;
DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_words USING fts5(evidence, content = 'events', content_rowid = 'row_id', tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO events_words (events_words) VALUES ('rebuild');
CREATE TRIGGER events_words_ai AFTER INSERT ON events BEGIN INSERT INTO events_words (rowid, evidence) VALUES (new.row_id, new.evidence); END;
CREATE TRIGGER events_words_ad AFTER DELETE ON events BEGIN INSERT INTO events_words (events_words, rowid, evidence) VALUES ('delete', old.row_id, old.evidence); END;
CREATE TRIGGER events_words_au AFTER UPDATE OF evidence ON events BEGIN INSERT INTO events_words (events_words, rowid, evidence) VALUES ('delete', old.row_id, old.evidence); INSERT INTO events_words (rowid, evidence) VALUES (new.row_id, new.evidence); END`;

const EVIDENCE_WORDS_V8_POSTGRES = `
DROP INDEX IF EXISTS events_evidence_trgm;
CREATE INDEX events_evidence_words ON events USING GIN (to_tsvector('simple', evidence))`;

function dialect(sql: string, serial: string, real: string): string {
  return sql.replaceAll('{SERIAL}', serial).replaceAll('{REAL}', real);
}

const PLACE_INDEXES_V12 = `CREATE INDEX events_place_lower ON events (lower(place_name));
CREATE INDEX events_geoname ON events (geoname_id)`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, annotations, events with cross-article merging, full-text search',
    sqlite:
      dialect(COMMON_V1, 'INTEGER PRIMARY KEY', 'REAL') +
      `CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'porter unicode61');`,
    postgres:
      dialect(COMMON_V1, 'SERIAL PRIMARY KEY', 'DOUBLE PRECISION') +
      `ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
       CREATE INDEX articles_fts ON articles USING GIN (fts);`,
  },
  {
    version: 2,
    name: 'ingest progress',
    sqlite: INGESTS_V2,
    postgres: INGESTS_V2,
  },
  {
    version: 3,
    name: 'event indexes for country, QuadClass and bounding-box queries',
    sqlite: EVENT_INDEXES_V3,
    postgres: EVENT_INDEXES_V3,
  },
  {
    version: 4,
    name: "events keep their article's publication date (GDELT dates undated events by it)",
    sqlite: 'ALTER TABLE events ADD COLUMN published TEXT',
    postgres: 'ALTER TABLE events ADD COLUMN published TEXT',
  },
  {
    version: 5,
    name: 'MinHash LSH (8 bands) for near-duplicate detection, replacing SimHash',
    sqlite: MINHASH_V5,
    postgres: MINHASH_V5,
  },
  {
    version: 6,
    name: 'indexed evidence search: FTS5 trigram (SQLite), pg_trgm GIN (PostgreSQL)',
    sqlite: EVIDENCE_FTS_V6_SQLITE,
    postgres: EVIDENCE_TRGM_V6_POSTGRES,
  },
  {
    version: 7,
    name: 'covering indexes for timeline and network aggregates by actor',
    sqlite: AGGREGATE_INDEXES_V7,
    postgres: AGGREGATE_INDEXES_V7,
  },
  {
    version: 8,
    name: 'evidence word search: FTS5 unicode61 (SQLite), GIN over to_tsvector (PostgreSQL), replacing the trigram indexes',
    sqlite: EVIDENCE_WORDS_V8_SQLITE,
    postgres: EVIDENCE_WORDS_V8_POSTGRES,
  },
  {
    version: 9,
    // Without statistics on to_tsvector(evidence) the planner guessed 0.5% of rows for any word and
    // paged a common word's matches with a parallel scan (20-60 ms instead of 2-6 ms at 1M events).
    name: 'statistics for the evidence word index (PostgreSQL ANALYZE)',
    sqlite: '',
    postgres: 'ANALYZE events',
  },
  {
    version: 10,
    // PostgreSQL counts a country filter as three disjoint branches, each an index-only scan (see
    // countBranches); SQLite's OR over the single-column indexes already stops at the count cap.
    name: 'country indexes covering the disjoint count branches (PostgreSQL)',
    sqlite: '',
    postgres: `CREATE INDEX events_a2_country_a1 ON events (actor2_country, actor1_country);
CREATE INDEX events_place_country_a ON events (place_country, actor1_country, actor2_country);
DROP INDEX events_a2_country;
DROP INDEX events_place_country`,
  },
  {
    version: 11,
    name: "events keep their article's tone (GDELT MentionDocTone; AvgTone over a merged event)",
    sqlite: 'ALTER TABLE events ADD COLUMN doc_tone REAL',
    postgres: 'ALTER TABLE events ADD COLUMN doc_tone DOUBLE PRECISION',
  },
  {
    version: 12,
    name: 'event place filter by name (case-insensitive) and by GeoNames id',
    sqlite: PLACE_INDEXES_V12,
    postgres: PLACE_INDEXES_V12,
  },
  {
    version: 13,
    name: 'events keep where the text places each actor (GDELT Actor1Geo/Actor2Geo), as JSON',
    sqlite: 'ALTER TABLE events ADD COLUMN actor1_geo TEXT;\nALTER TABLE events ADD COLUMN actor2_geo TEXT',
    postgres: 'ALTER TABLE events ADD COLUMN actor1_geo TEXT;\nALTER TABLE events ADD COLUMN actor2_geo TEXT',
  },
];
