-- Zalo OA channel. Webhook events from acknowledgement until answered: the key (message id) refuses a retried
-- delivery, and rows never answered are picked up again after a restart.
CREATE TABLE zalo_inbound (
    event_key    VARCHAR(200) PRIMARY KEY,
    event_name   VARCHAR(60)  NOT NULL,
    user_id      VARCHAR(40)  NOT NULL,
    text         VARCHAR(4000),
    event_time   VARCHAR(40)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_zalo_inbound_received ON zalo_inbound (received_at);

-- The OA's token pair: a refresh token works once, so the pair it returned is stored here before it is used.
-- One row (id 1); configured_hash names the ZALO_REFRESH_TOKEN the row started from, so a new one configured by the
-- deployer (after authorising the OA again) replaces the stored pair.
CREATE TABLE zalo_token (
    id               INT          PRIMARY KEY,
    access_token     VARCHAR(4000),
    refresh_token    VARCHAR(4000) NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE,
    configured_hash  VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Zalo users an admin linked to a registered official or leader; everyone else on Zalo is a citizen.
CREATE TABLE zalo_link (
    zalo_user_id  VARCHAR(40) PRIMARY KEY,
    user_id       VARCHAR(40) NOT NULL
);
CREATE UNIQUE INDEX ux_zalo_link_user ON zalo_link (user_id);
