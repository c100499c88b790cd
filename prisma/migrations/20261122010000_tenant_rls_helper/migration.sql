-- One way to put a new tenant table under row-level security, so later migrations cannot get it
-- half right: after CREATE TABLE, call  SELECT enable_tenant_rls('my_table');
-- (ENABLE + FORCE + the fail-closed tenant policy; the catalog test checks every tenant table.)
CREATE FUNCTION enable_tenant_rls(tbl regclass) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant_id = app_current_tenant()) '
    'WITH CHECK (tenant_id = app_current_tenant())', tbl);
END $$;

-- Only for migrations (the owner); the app role has no use for it.
REVOKE ALL ON FUNCTION enable_tenant_rls(regclass) FROM PUBLIC;
