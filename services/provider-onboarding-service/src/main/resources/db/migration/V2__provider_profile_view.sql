-- Read model of provider profiles (processing group "provider-profiles"): serves a user's
-- own profiles and the admins' verification queue. Rebuilt from events on replay.
CREATE TABLE provider_profile_view (
    provider_id      TEXT        PRIMARY KEY,
    user_id          TEXT        NOT NULL,
    provider_type    TEXT        NOT NULL,
    business_name    TEXT        NOT NULL,
    city             TEXT,
    country          TEXT,
    status           TEXT        NOT NULL,
    completed_steps  TEXT[]      NOT NULL DEFAULT '{}',
    registered_at    TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    review_started_at TIMESTAMPTZ,
    approved_at      TIMESTAMPTZ,
    rejected_at      TIMESTAMPTZ,
    rejection_reason TEXT,
    suspended_at     TIMESTAMPTZ,
    suspension_reason TEXT,
    updated_at       TIMESTAMPTZ NOT NULL,
    last_event_sequence BIGINT   NOT NULL
);
CREATE INDEX provider_profile_view_user ON provider_profile_view (user_id);
CREATE INDEX provider_profile_view_queue ON provider_profile_view (status, submitted_at, provider_id);
