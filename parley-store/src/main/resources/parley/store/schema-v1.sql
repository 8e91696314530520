-- Parley event store, schema version 1. Applied once by parley.store.Migrations; never edit a
-- released version: add schema-v2.sql with ALTER/CREATE statements instead.
-- Statements are separated by semicolons at line ends.

CREATE TABLE documents (
  id          VARCHAR PRIMARY KEY,
  source      VARCHAR,
  url         VARCHAR,
  published   DATE,
  title       VARCHAR,
  text_hash   VARCHAR NOT NULL,      -- SHA-256 of the text with white space collapsed
  text_length INTEGER NOT NULL,
  ingested    TIMESTAMP NOT NULL     -- UTC
);
CREATE INDEX documents_text_hash ON documents (text_hash);

-- MinHash signature of each document over word 5-grams (64 slots) and its LSH bands (8 x 8 slots);
-- no row for a text shorter than one 5-gram.
CREATE TABLE document_signatures (
  document_id VARCHAR NOT NULL,
  signature   BIGINT[64] NOT NULL,
  bands       BIGINT[8] NOT NULL
);

-- One row per coded event: every field of the document JSON contract.
CREATE TABLE events (
  id             VARCHAR NOT NULL,
  document_id    VARCHAR NOT NULL,
  source_code    VARCHAR,
  source_text    VARCHAR,
  source_start   INTEGER,
  source_end     INTEGER,
  target_code    VARCHAR,
  target_text    VARCHAR,
  target_start   INTEGER,
  target_end     INTEGER,
  code           VARCHAR NOT NULL,
  root           VARCHAR NOT NULL,
  name           VARCHAR,
  quad           INTEGER NOT NULL,
  goldstein      DOUBLE NOT NULL,
  plover         VARCHAR,
  mode           VARCHAR NOT NULL,
  date_value     VARCHAR,              -- as coded: 2019-11-08, 2019-04, 2019, 2019-W45
  date_precision VARCHAR NOT NULL,
  day            DATE,                 -- first day of date_value, else the publication date
  sentence       INTEGER NOT NULL,
  evidence_text  VARCHAR NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  rule           VARCHAR NOT NULL
);

-- Actor mentions found in the text.
CREATE TABLE actors (
  document_id VARCHAR NOT NULL,
  sentence    INTEGER NOT NULL,
  code        VARCHAR,
  text        VARCHAR NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  how         VARCHAR NOT NULL
);

CREATE TABLE quotes (
  document_id  VARCHAR NOT NULL,
  speaker_code VARCHAR,
  speaker_text VARCHAR,
  text         VARCHAR NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  direct       BOOLEAN NOT NULL
);

CREATE TABLE times (
  document_id VARCHAR NOT NULL,
  text        VARCHAR NOT NULL,
  value       VARCHAR,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL
);

CREATE TABLE deadlines (
  document_id    VARCHAR NOT NULL,
  setter_code    VARCHAR,
  setter_text    VARCHAR,
  addressee_code VARCHAR,
  addressee_text VARCHAR,
  demand         VARCHAR,
  due            VARCHAR,
  set_on         VARCHAR,
  evidence_text  VARCHAR NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL
);

-- Inputs ingest could not read (malformed JSON lines, unreadable files).
CREATE TABLE rejected_inputs (
  source   VARCHAR NOT NULL,
  line     INTEGER,
  message  VARCHAR NOT NULL,
  rejected TIMESTAMP NOT NULL
);

-- Rebuilt after every ingest (parley.store.EventMerger): near-duplicate texts (wire copies),
-- merged real-world events and the mentions that link them to the coded events.
CREATE TABLE duplicates (
  document_id VARCHAR NOT NULL,
  original_id VARCHAR NOT NULL,
  similarity  DOUBLE NOT NULL
);

CREATE TABLE merged_events (
  id                BIGINT NOT NULL,
  day               DATE,
  last_day          DATE,
  source_code       VARCHAR,
  source_name       VARCHAR,
  target_code       VARCHAR,
  target_name       VARCHAR,
  code              VARCHAR NOT NULL,
  root              VARCHAR NOT NULL,
  quad              INTEGER NOT NULL,
  goldstein         DOUBLE NOT NULL,
  plover            VARCHAR,
  mode              VARCHAR NOT NULL,
  is_root_event     BOOLEAN NOT NULL,
  num_mentions      INTEGER NOT NULL,
  num_sources       INTEGER NOT NULL,
  num_articles      INTEGER NOT NULL,
  first_event_id    VARCHAR NOT NULL,
  first_document_id VARCHAR NOT NULL,
  source_url        VARCHAR,
  date_added        TIMESTAMP NOT NULL
);

CREATE TABLE mentions (
  merged_event_id BIGINT NOT NULL,
  event_id        VARCHAR NOT NULL,
  document_id     VARCHAR NOT NULL,
  article_id      VARCHAR NOT NULL,  -- the original when the document is a near-duplicate copy
  sentence        INTEGER NOT NULL,
  is_duplicate    BOOLEAN NOT NULL
);
