-- Follow-up context per conversation, shared by every replica (a confirmation asked by one is answered on another).
CREATE TABLE conversation_state (
    id          VARCHAR(400) PRIMARY KEY,
    state       VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_conversation_state_updated ON conversation_state (updated_at);
