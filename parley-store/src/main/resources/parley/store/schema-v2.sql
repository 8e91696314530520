-- Parley event store, schema version 2: what the last merge covered, so that the next one
-- (parley.store.EventMerger) re-merges only what later documents touch.

-- The settings of the last merge: a merge with other settings rebuilds everything.
CREATE TABLE merge_settings (
  window_days          INTEGER NOT NULL,
  duplicate_similarity DOUBLE NOT NULL
);

-- Every document the last merge saw (its signature, its events).
CREATE TABLE merged_documents (
  document_id VARCHAR NOT NULL
);
