-- V3: webhooks for alert notifications and their outbox (issue 17). A
-- delivery row is written with the alert it carries and tried until it is
-- delivered or 24 h have passed, so a restart loses nothing; several
-- instances share the work (FOR UPDATE SKIP LOCKED).

CREATE TABLE webhooks (
    webhook_id  uuid PRIMARY KEY,
    url         text NOT NULL CHECK (url ~ '^https?://'),
    description text,
    secret      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz
);

CREATE TABLE webhook_deliveries (
    delivery_id      uuid PRIMARY KEY,
    webhook_id       uuid NOT NULL REFERENCES webhooks (webhook_id),
    alert_id         uuid NOT NULL,
    body             jsonb NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_hook ON webhook_deliveries (webhook_id, created_at DESC, delivery_id DESC);
