import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsForRoles, ROLE_PERMISSIONS } from './permissions.js';
import { ROLES } from './roles.js';

describe('permissions', () => {
  it('every role can read its own profile', () => {
    for (const r of ROLES) expect(ROLE_PERMISSIONS[r]).toContain('profile:read');
  });
  it('the platform operator sees no personal data of a tenant', () => {
    expect(ROLE_PERMISSIONS.PLATFORM_ADMIN).toEqual(['profile:read', 'platform:tenants:manage']);
  });
  it('only the platform operator manages tenants', () => {
    const holders = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('platform:tenants:manage'));
    expect(holders).toEqual(['PLATFORM_ADMIN']);
  });
  it('a trainee cannot read other people, manage anything or read the audit log', () => {
    const t = ROLE_PERMISSIONS.TRAINEE;
    for (const p of ['people:read', 'people:manage', 'roles:manage', 'audit:read', 'org:manage'] as const) {
      expect(t).not.toContain(p);
    }
  });
  it('a supervisor reads courses only through being their supervisor, not the whole department', () => {
    expect(ROLE_PERMISSIONS.SUPERVISOR).not.toContain('courses:read');
    expect(ROLE_PERMISSIONS.SUPERVISOR).toContain('supervision:write');
    for (const r of ['UKYL', 'AP_UKYL', 'TRAINEE'] as const) expect(ROLE_PERMISSIONS[r]).not.toContain('courses:read');
  });
  it('only the trainee, supervisors and the department (UAO, UKS, cheflæge) read feedback content', () => {
    const holders = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('supervision:read'));
    expect(holders).toEqual(['UAO', 'UKS', 'DEPARTMENT_HEAD']);
  });
  it('unions the permissions of several roles without duplicates, in a stable order', () => {
    const both = permissionsForRoles(['UAO', 'SUPERVISOR']);
    expect(new Set(both).size).toBe(both.length);
    expect(both).toEqual(PERMISSIONS.filter((p) => both.includes(p)));
    expect(both).toContain('courses:manage'); // from UAO
    expect(both).toContain('supervision:write'); // from both
    expect(permissionsForRoles([])).toEqual([]);
  });
});
