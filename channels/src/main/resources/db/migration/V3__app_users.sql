-- Registered officials, leaders and admins. Tokens are kept only as SHA-256 hashes; a removed user is deactivated,
-- not deleted, so the audit trail still names them.
CREATE TABLE app_user (
    id                VARCHAR(40)  PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    agency_id         VARCHAR(100),
    commune_id        VARCHAR(100),
    telegram_user_id  BIGINT,
    token_hash        VARCHAR(64)  NOT NULL,
    active            BOOLEAN      NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX ux_app_user_token ON app_user (token_hash);
CREATE INDEX ix_app_user_telegram ON app_user (telegram_user_id);
