-- What `two_factor_import_django` brought over: one row per source row (a Django user,
-- device or backup token), naming the row it became here. A second run skips what is
-- recorded, so an import can be repeated (after fixing a skipped row) without doubles.
CREATE TABLE two_factor_imported (
    source_table TEXT NOT NULL,
    source_id BIGINT NOT NULL,
    target_id TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (source_table, source_id)
);
