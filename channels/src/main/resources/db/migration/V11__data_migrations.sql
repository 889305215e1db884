-- Rewrites of stored data that need the loaded plans, so the service runs them at start-up rather than Flyway: one row
-- per rewrite, locked while it runs so that replicas over one database run it once, with the fingerprint of what it
-- applied (a later start with the same plans finds it and skips).
CREATE TABLE data_migration (
    name         VARCHAR(100) PRIMARY KEY,
    fingerprint  VARCHAR(64),
    done_at      TIMESTAMP WITH TIME ZONE
);
INSERT INTO data_migration (name) VALUES ('commune-ids');
