-- Users: written by a subscribing projection in the same transaction as the user's events,
-- so the unique email and phone constraints guard registration (set validation) and a
-- login sees a user the moment it exists.
CREATE TABLE user_account (
    user_id        TEXT        PRIMARY KEY,
    email          TEXT        UNIQUE,
    phone          TEXT        UNIQUE,
    email_verified BOOLEAN     NOT NULL DEFAULT FALSE,
    phone_verified BOOLEAN     NOT NULL DEFAULT FALSE,
    roles          TEXT[]      NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);

-- One provider profile per user and type (a user may be both kinds). Claimed in the same
-- transaction that stores the profile's first event.
CREATE TABLE provider_claim (
    user_id       TEXT        NOT NULL,
    provider_type TEXT        NOT NULL,
    provider_id   TEXT        NOT NULL UNIQUE,
    claimed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, provider_type)
);

-- One-time login codes. Only a keyed hash of the code is kept.
CREATE TABLE otp_challenge (
    id           BIGSERIAL   PRIMARY KEY,
    destination  TEXT        NOT NULL,
    channel      TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'PHONE')),
    code_hash    TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    consumed_at  TIMESTAMPTZ
);
CREATE INDEX otp_challenge_destination ON otp_challenge (destination, created_at DESC);

-- RSA keys that sign access tokens; the public halves are served as the JWKS.
CREATE TABLE signing_key (
    key_id      TEXT        PRIMARY KEY,
    private_key BYTEA       NOT NULL,
    public_key  BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    active      BOOLEAN     NOT NULL
);
