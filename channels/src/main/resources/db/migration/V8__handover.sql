-- Conversations handed to a commune's officials. A row is committed before the citizen is told it was handed over;
-- the officials' group message it was posted as (group_chat_id, group_message_id) is how an official's reply finds it.
-- status: open (waiting for an official), answered, timed_out (the citizen was told nobody answered in time; a late
-- reply still reaches them), failed (the group could not be reached; the citizen was told so).
CREATE TABLE handover (
    id                VARCHAR(40)   PRIMARY KEY,
    commune_id        VARCHAR(100)  NOT NULL,
    channel           VARCHAR(30)   NOT NULL,
    recipient         VARCHAR(100)  NOT NULL,
    question          VARCHAR(4000) NOT NULL,
    transcript        VARCHAR(8000) NOT NULL,
    group_chat_id     BIGINT        NOT NULL,
    group_message_id  BIGINT,
    status            VARCHAR(20)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reply             VARCHAR(4000),
    replied_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_handover_group_message ON handover (group_chat_id, group_message_id);
CREATE INDEX ix_handover_status ON handover (status, created_at);
