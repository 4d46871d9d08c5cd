-- Switchboard store, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Times are epoch milliseconds (hour_start and bucket_start: epoch seconds); money is whole
-- billionths of a US dollar (nano_usd) in a BIGINT, so sums are exact on both databases.

CREATE TABLE client_keys (
  id              VARCHAR(40)  NOT NULL PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  key_hash        VARCHAR(64)  NOT NULL,
  prefix          VARCHAR(16)  NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  rpm             INTEGER,
  rpd             INTEGER,
  tpm             INTEGER,
  budget_nano_usd BIGINT,
  budget_period   VARCHAR(8),
  models          TEXT         NOT NULL,
  created_at      BIGINT       NOT NULL,
  last_used_at    BIGINT
);
CREATE UNIQUE INDEX client_keys_hash ON client_keys (key_hash);

-- One row per client request; this table is also the request log (/admin/logs).
CREATE TABLE usage_records (
  request_id       VARCHAR(64)  NOT NULL,
  ts_ms            BIGINT       NOT NULL,
  key_id           VARCHAR(64),
  inbound_format   VARCHAR(32),
  requested_model  VARCHAR(200),
  provider         VARCHAR(100),
  credential_index INTEGER,
  upstream_model   VARCHAR(200),
  attempts         INTEGER      NOT NULL,
  status           VARCHAR(32)  NOT NULL,
  http_status      INTEGER      NOT NULL,
  stream           BOOLEAN      NOT NULL,
  input_tokens     BIGINT       NOT NULL,
  output_tokens    BIGINT       NOT NULL,
  cached_tokens    BIGINT       NOT NULL,
  reasoning_tokens BIGINT       NOT NULL,
  estimated        BOOLEAN      NOT NULL,
  cost_nano_usd    BIGINT,
  first_byte_ms    BIGINT,
  total_ms         BIGINT       NOT NULL
);
-- Three indexes only (each one slows every insert): newest-first paging and retention, and the
-- two filters of /admin/logs that narrow the most. Aggregates read usage_hourly, not this table.
CREATE INDEX usage_records_time ON usage_records (ts_ms, request_id);
CREATE INDEX usage_records_key_time ON usage_records (key_id, ts_ms, request_id);
CREATE INDEX usage_records_model_time ON usage_records (requested_model, ts_ms, request_id);

-- Usage summed per UTC hour, key, requested model and provider ('' when absent).
CREATE TABLE usage_hourly (
  hour_start        BIGINT       NOT NULL,
  key_id            VARCHAR(64)  NOT NULL,
  model             VARCHAR(200) NOT NULL,
  provider          VARCHAR(100) NOT NULL,
  requests          BIGINT       NOT NULL,
  failures          BIGINT       NOT NULL,
  input_tokens      BIGINT       NOT NULL,
  output_tokens     BIGINT       NOT NULL,
  cached_tokens     BIGINT       NOT NULL,
  reasoning_tokens  BIGINT       NOT NULL,
  cost_nano_usd     BIGINT       NOT NULL,
  unpriced_requests BIGINT       NOT NULL,
  PRIMARY KEY (hour_start, key_id, model, provider)
);
CREATE INDEX usage_hourly_key ON usage_hourly (key_id, hour_start);

-- Windowed limit counters that survive a restart.
CREATE TABLE counters (
  counter      VARCHAR(200) NOT NULL,
  bucket_start BIGINT       NOT NULL,
  hits         BIGINT       NOT NULL,
  PRIMARY KEY (counter, bucket_start)
);
CREATE INDEX counters_start ON counters (bucket_start);
