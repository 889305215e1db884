-- The province an admin gave with an uploaded plan (null: the one the plan names), so replicas place it alike.
-- V8, not V7: main has V7__zalo.sql.
ALTER TABLE plan_upload ADD COLUMN province VARCHAR(100);
