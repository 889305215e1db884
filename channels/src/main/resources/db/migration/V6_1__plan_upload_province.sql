-- The province an admin gave with an uploaded plan (null: the one the plan names), so replicas place it alike.
ALTER TABLE plan_upload ADD COLUMN province VARCHAR(100);
