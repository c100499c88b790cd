#!/usr/bin/env bash
# Runs once, when the postgres container starts with an empty data volume (docker-entrypoint-initdb.d).
# Creates the two roles of the portal and its database; see README, "External PostgreSQL".
#   portal_owner  owns the database and the schema, runs the migrations (DATABASE_URL)
#   portal_app    what the app connects as (APP_DATABASE_URL): no superuser, no BYPASSRLS, owns
#                 nothing; the migrations grant it DML on the tables and row-level security applies.
# The role names are fixed: the migrations grant to portal_app by name.
set -euo pipefail

: "${PORTAL_OWNER_PASSWORD:?set PORTAL_OWNER_PASSWORD}"
: "${PORTAL_APP_PASSWORD:?set PORTAL_APP_PASSWORD}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-postgres}" \
  -v owner_pw="$PORTAL_OWNER_PASSWORD" -v app_pw="$PORTAL_APP_PASSWORD" <<'SQL'
CREATE ROLE portal_owner LOGIN CREATEROLE NOSUPERUSER PASSWORD :'owner_pw';
CREATE ROLE portal_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';
-- Prisma's transaction timeout does not cancel running SQL; the server does.
ALTER ROLE portal_app SET statement_timeout = '15s';
ALTER ROLE portal_app SET idle_in_transaction_session_timeout = '30s';

CREATE DATABASE portal OWNER portal_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE portal FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE portal TO portal_app;
SQL
