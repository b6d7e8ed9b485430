import { randomUUID } from 'node:crypto';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { logIn, request, TEST_DEMO_PASSWORD, unitIdOf } from '../support/system';

interface ErrorBody {
  code: string;
  errors?: { field: string; rule: string }[];
}
interface UnitBody {
  id: string;
  code: string;
  parentId: string | null;
  validTo: string | null;
  mergedIntoId: string | null;
  active: boolean;
  parentHistory: { parentId: string | null; validFrom: string; validTo: string | null }[];
}
interface UserBody {
  id: string;
  username: string;
  grants: { id: string; role: string; unitId: string }[];
}
interface AuditBody {
  items: {
    id: string;
    action: string;
    actorUsername: string | null;
    actorRole: string | null;
    actorUnitId: string | null;
    unitId: string | null;
    requestId: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
  nextCursor: string | null;
}

describe('administration of units, accounts and roles, and the audit trail', () => {
  let api: InProcessApi;
  let system: { apiUrl: string };
  let admin: string;
  const unit: Record<string, string> = {};

  beforeAll(async () => {
    api = await createInProcessApi({ LOGIN_RATE_LIMIT: '100000' });
    await seedDemoData(api.db);
    await seedDemoAccounts(api.db, TEST_DEMO_PASSWORD);
    system = { apiUrl: await api.listen() };
    admin = (await logIn(system, 'demo.admin')).accessToken;
    for (const code of ['DN', 'DN-SNV', 'DN-CM', 'DN-CM-LG', 'DN-CM-XM', 'DN-CM-SR'])
      unit[code] = await unitIdOf(api, code);
  });
  afterAll(() => api?.stop());

  const as = (token: string) => ({
    get: <T>(path: string, headers: Record<string, string> = {}) =>
      request<T>(system, 'GET', path, { token, headers }),
    post: <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
      request<T>(system, 'POST', path, { token, body, headers }),
  });
  const auditCount = async (action: string, entityId: string) => {
    const [row] = await api.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND entity_id = $2`,
      [action, entityId],
    );
    return row!.n;
  };

  describe('units', () => {
    let school: UnitBody;

    it('creates a unit under an active parent, audited with who, role, unit and request id', async () => {
      const created = await as(admin).post<UnitBody>(
        '/api/v1/units',
        {
          code: 'DN-CM-TH-LG2',
          name: 'Trường Tiểu học Long Giao 2',
          level: 'school',
          parentId: unit['DN-CM-LG'],
          validFrom: '2024-09-01',
        },
        { 'X-Request-Id': 'req-unit-create-1' },
      );
      expect(created.status).toBe(201);
      school = created.body;
      expect(school).toMatchObject({ parentId: unit['DN-CM-LG'], active: true, validTo: null });

      const [audit] = await api.db.query<Record<string, unknown>[]>(
        `SELECT a.actor_kind, u.username, a.actor_role, a.actor_unit_id, a.unit_id, a.request_id
           FROM audit_log a JOIN users u ON u.id = a.actor_id
          WHERE a.action = 'unit.created' AND a.entity_id = $1`,
        [school.id],
      );
      expect(audit).toEqual({
        actor_kind: 'user',
        username: 'demo.admin',
        actor_role: 'ADMIN',
        actor_unit_id: unit.DN,
        unit_id: school.id,
        request_id: 'req-unit-create-1',
      });
    });

    it('refuses a taken code (409), writing neither the unit nor an audit row', async () => {
      const [before] = await api.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'unit.created'`,
      );
      const taken = await as(admin).post<ErrorBody>('/api/v1/units', {
        code: 'DN-CM-TH-LG2',
        name: 'Trùng mã',
        level: 'school',
        parentId: unit['DN-CM-LG'],
        validFrom: '2024-09-01',
      });
      expect([taken.status, taken.body.code]).toEqual([409, 'UNIT_CODE_TAKEN']);
      const [after] = await api.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'unit.created'`,
      );
      expect(after).toEqual(before);
    });

    it('refuses a parent that no longer exists (the district abolished in 2025)', async () => {
      const response = await as(admin).post<ErrorBody>('/api/v1/units', {
        code: 'DN-CM-NEW',
        name: 'Đơn vị mới',
        level: 'agency',
        parentId: unit['DN-CM'],
        validFrom: '2025-08-01',
      });
      expect([response.status, response.body.code, response.body.errors?.[0]?.field]).toEqual([
        422,
        'UNIT_INACTIVE',
        'parentId',
      ]);
    });

    it('moves a unit from a date and keeps the history of its parents', async () => {
      const moved = await as(admin).post<UnitBody>(`/api/v1/units/${school.id}/move`, {
        parentId: unit['DN-CM-SR'],
        effectiveFrom: '2025-09-01',
      });
      expect(moved.status).toBe(200);
      expect(moved.body.parentId).toBe(unit['DN-CM-SR']);

      const detail = await as(admin).get<UnitBody>(`/api/v1/units/${school.id}`);
      expect(detail.body.parentHistory).toEqual([
        { parentId: unit['DN-CM-LG'], validFrom: '2024-09-01', validTo: '2025-08-31' },
        { parentId: unit['DN-CM-SR'], validFrom: '2025-09-01', validTo: null },
      ]);
      expect(await auditCount('unit.moved', school.id)).toBe(1);
    });

    it.each([
      [
        'a date not after its last move',
        () => ({ parentId: unit['DN-CM-LG'], effectiveFrom: '2025-09-01' }),
        422,
        'UNIT_DATE_INVALID',
      ],
      [
        'a parent below itself',
        () => ({ parentId: school.id, effectiveFrom: '2026-01-01' }),
        422,
        'UNIT_MOVE_CYCLE',
      ],
      [
        'a date still to come',
        () => ({ parentId: unit['DN-CM-LG'], effectiveFrom: '2999-01-01' }),
        422,
        'UNIT_DATE_INVALID',
      ],
    ])('refuses a move to %s', async (_label, body, status, code) => {
      const target = code === 'UNIT_MOVE_CYCLE' ? unit['DN-CM-SR'] : school.id;
      const response = await as(admin).post<ErrorBody>(`/api/v1/units/${target}/move`, body());
      expect([response.status, response.body.code]).toEqual([status, code]);
    });

    it('merges a commune into another: its sub-units move, and its dossiers stay readable under the new commune', async () => {
      const hamlet = await as(admin).post<UnitBody>('/api/v1/units', {
        code: 'DN-CM-XM-MN',
        name: 'Trường Mầm non Xuân Mỹ',
        level: 'school',
        parentId: unit['DN-CM-XM'],
        validFrom: '2010-01-01',
      });
      const dossierId = randomUUID();
      await api.db.query(
        `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name,
                               achievements_summary, stage, workflow_id, submitted_at)
         VALUES ($1, 'HS-2024-900001', 2024, 'LDTT', $2, '{"kind":"individual","name":"Lê Văn Tâm"}',
                 'Lê Văn Tâm', 'Hoàn thành tốt nhiệm vụ', 'SUBMITTED', 'HS-2024-900001', now())`,
        [dossierId, unit['DN-CM-XM']],
      );
      const officer = await as(admin).post<UserBody>('/api/v1/users', {
        username: 'officer.lg',
        fullName: 'Cán bộ thi đua xã Long Giao',
        unitId: unit['DN-CM-LG'],
        password: 'officer-lg-password',
      });
      await as(admin).post(`/api/v1/users/${officer.body.id}/grants`, {
        role: 'UNIT_OFFICER',
        unitId: unit['DN-CM-LG'],
      });
      const lgOfficer = (await logIn(system, 'officer.lg', 'officer-lg-password')).accessToken;
      expect((await as(lgOfficer).get(`/api/v1/dossiers/${dossierId}`)).status).toBe(404);

      const merged = await as(admin).post<UnitBody>(`/api/v1/units/${unit['DN-CM-XM']}/merge`, {
        intoUnitId: unit['DN-CM-LG'],
        effectiveFrom: '2025-07-01',
      });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({
        validTo: '2025-06-30',
        mergedIntoId: unit['DN-CM-LG'],
        active: false,
      });
      const child = await as(admin).get<UnitBody>(`/api/v1/units/${hamlet.body.id}`);
      expect(child.body.parentId).toBe(unit['DN-CM-LG']);
      expect(child.body.parentHistory.map((period) => period.parentId)).toEqual([
        unit['DN-CM-XM'],
        unit['DN-CM-LG'],
      ]);
      expect(await auditCount('unit.merged', unit['DN-CM-XM']!)).toBe(1);

      const read = await as(lgOfficer).get<{ id: string }>(`/api/v1/dossiers/${dossierId}`);
      expect([read.status, read.body.id]).toEqual([200, dossierId]);
      // A merged unit proposes nothing new.
      const proposal = await request<ErrorBody>(system, 'POST', '/api/v1/dossiers', {
        token: lgOfficer,
        body: {
          year: 2025,
          awardCode: 'LDTT',
          proposingUnitId: unit['DN-CM-XM'],
          nominee: { kind: 'individual', name: 'Lê Văn Tâm' },
          achievementsSummary: 'Hoàn thành tốt nhiệm vụ',
        },
      });
      expect([proposal.status, proposal.body.code]).toEqual([422, 'UNIT_INACTIVE']);
    });

    it('retires a unit only once nothing active is left under it', async () => {
      const busy = await as(admin).post<ErrorBody>(`/api/v1/units/${unit['DN-CM-SR']}/retire`, {
        validTo: '2026-06-30',
      });
      expect([busy.status, busy.body.code]).toEqual([422, 'UNIT_HAS_ACTIVE_CHILDREN']);

      const retired = await as(admin).post<UnitBody>(`/api/v1/units/${school.id}/retire`, {
        validTo: '2026-06-30',
      });
      expect([retired.status, retired.body.validTo, retired.body.active]).toEqual([
        200,
        '2026-06-30',
        false,
      ]);
      expect(await auditCount('unit.retired', school.id)).toBe(1);
    });
  });

  describe('accounts and roles', () => {
    let communeAdmin: string;
    let communeAdminId: string;

    beforeAll(async () => {
      const created = await as(admin).post<UserBody>('/api/v1/users', {
        username: 'admin.lg',
        fullName: 'Quản trị xã Long Giao',
        email: 'admin.lg@dongnai.gov.vn',
        unitId: unit['DN-CM-LG'],
        password: 'admin-lg-password',
      });
      communeAdminId = created.body.id;
      await as(admin).post(`/api/v1/users/${communeAdminId}/grants`, {
        role: 'ADMIN',
        unitId: unit['DN-CM-LG'],
      });
      communeAdmin = (await logIn(system, 'admin.lg', 'admin-lg-password')).accessToken;
    });

    it('records account creation without any credential in the audit trail', async () => {
      const [row] = await api.db.query<{ after: string }[]>(
        `SELECT after::text AS after FROM audit_log WHERE action = 'user.created' AND entity_id = $1`,
        [communeAdminId],
      );
      expect(row!.after).toContain('admin.lg');
      expect(row!.after).not.toMatch(/argon2|admin-lg-password/);
    });

    it.each([
      ['a taken username', { username: 'demo.admin' }, 409, 'USERNAME_TAKEN', 'username'],
      ['a short password', { password: 'short' }, 400, 'VALIDATION_FAILED', 'password'],
      ['an upper-case username', { username: 'Nguyen.A' }, 400, 'VALIDATION_FAILED', 'username'],
    ])('refuses %s', async (_label, change, status, code, field) => {
      const response = await as(admin).post<ErrorBody>('/api/v1/users', {
        username: 'nguyen.van.b',
        fullName: 'Nguyễn Văn B',
        unitId: unit['DN-CM-LG'],
        password: 'long-enough-password',
        ...change,
      });
      expect([response.status, response.body.code, response.body.errors?.[0]?.field]).toEqual([
        status,
        code,
        field,
      ]);
    });

    it('keeps a commune administrator inside the commune (and the merged commune)', async () => {
      const units = await as(communeAdmin).get<UnitBody[]>('/api/v1/units?includeInactive=true');
      expect(units.body.map((u) => u.code).sort()).toEqual(
        ['DN-CM-LG', 'DN-CM-XM', 'DN-CM-XM-MN'].sort(),
      );
      expect((await as(communeAdmin).get(`/api/v1/units/${unit['DN-SNV']}`)).status).toBe(404);
      const outside = await as(communeAdmin).post<ErrorBody>('/api/v1/units', {
        code: 'DN-SNV-X',
        name: 'Ngoài phạm vi',
        level: 'agency',
        parentId: unit['DN-SNV'],
        validFrom: '2025-08-01',
      });
      expect([outside.status, outside.body.code]).toEqual([403, 'FORBIDDEN']);

      const users = await as(communeAdmin).get<UserBody[]>('/api/v1/users');
      expect(users.body.map((user) => user.username).sort()).toEqual(['admin.lg', 'officer.lg']);
      const [snvUser] = await api.db.query<{ id: string }[]>(
        `SELECT id FROM users WHERE username = 'demo.reviewer.dn'`,
      );
      expect((await as(communeAdmin).get(`/api/v1/users/${snvUser!.id}`)).status).toBe(404);
    });

    it('grants roles only on units the administrator manages, never to themselves, and once', async () => {
      const [officer] = await api.db.query<{ id: string }[]>(
        `SELECT id FROM users WHERE username = 'officer.lg'`,
      );
      const path = `/api/v1/users/${officer!.id}/grants`;

      const outside = await as(communeAdmin).post<ErrorBody>(path, {
        role: 'REVIEWER',
        unitId: unit['DN-SNV'],
      });
      expect([outside.status, outside.body.code]).toEqual([403, 'FORBIDDEN']);
      const self = await as(communeAdmin).post<ErrorBody>(
        `/api/v1/users/${communeAdminId}/grants`,
        { role: 'LEADER', unitId: unit['DN-CM-LG'] },
      );
      expect([self.status, self.body.code]).toEqual([403, 'SELF_ADMINISTRATION']);

      const first = await as(communeAdmin).post<{ id: string }>(path, {
        role: 'UNIT_HEAD',
        unitId: unit['DN-CM-LG'],
      });
      const again = await as(communeAdmin).post<{ id: string }>(path, {
        role: 'UNIT_HEAD',
        unitId: unit['DN-CM-LG'],
      });
      expect([first.status, again.status, again.body.id]).toEqual([201, 200, first.body.id]);
      expect(await auditCount('role.granted', first.body.id)).toBe(1);

      const revoked = await as(communeAdmin).post(`/api/v1/role-grants/${first.body.id}/revoke`, {
        reason: 'Phân công lại',
      });
      expect(revoked.status).toBe(204);
      const twice = await as(communeAdmin).post<ErrorBody>(
        `/api/v1/role-grants/${first.body.id}/revoke`,
        { reason: 'Phân công lại' },
      );
      expect([twice.status, twice.body.code]).toEqual([404, 'ROLE_GRANT_NOT_FOUND']);
      expect(await auditCount('role.revoked', first.body.id)).toBe(1);
    });

    it('refuses to let administrators disable themselves', async () => {
      const self = await as(communeAdmin).post<ErrorBody>(
        `/api/v1/users/${communeAdminId}/disable`,
        { reason: 'thử' },
      );
      expect([self.status, self.body.code]).toEqual([403, 'SELF_ADMINISTRATION']);
    });
  });

  describe('the audit trail API', () => {
    let auditor: string;
    beforeAll(async () => {
      auditor = (await logIn(system, 'demo.auditor')).accessToken;
    });

    it('filters, pages newest first, and names the actors', async () => {
      const all = await as(auditor).get<AuditBody>('/api/v1/audit?action=unit.created');
      expect(all.status).toBe(200);
      expect(all.body.items.length).toBeGreaterThanOrEqual(2);
      expect(new Set(all.body.items.map((item) => item.action))).toEqual(new Set(['unit.created']));
      expect(all.body.items[0]!.actorUsername).toBe('demo.admin');

      const first = await as(auditor).get<AuditBody>('/api/v1/audit?action=unit.created&limit=1');
      expect(first.body.items).toEqual([all.body.items[0]]);
      const second = await as(auditor).get<AuditBody>(
        `/api/v1/audit?action=unit.created&limit=1&before=${first.body.nextCursor}`,
      );
      expect(second.body.items).toEqual([all.body.items[1]]);

      const byRequest = await as(auditor).get<AuditBody>(
        '/api/v1/audit?requestId=req-unit-create-1',
      );
      expect(byRequest.body.items.map((item) => [item.action, item.actorRole])).toEqual([
        ['unit.created', 'ADMIN'],
      ]);
    });

    it('exports the same rows as CSV, readable by Excel', async () => {
      const json = await as(auditor).get<AuditBody>('/api/v1/audit?entityType=unit&limit=1000');
      const response = await fetch(`${system.apiUrl}/api/v1/audit/export?entityType=unit`, {
        headers: { authorization: `Bearer ${auditor}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-/);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await response.arrayBuffer(),
      );
      const lines = text.split('\r\n').filter(Boolean);
      expect(lines[0]!.startsWith('\uFEFFid,occurredAt,actorKind')).toBe(true);
      expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
        json.body.items.map((item) => item.id),
      );
    });

    it('shows a commune administrator only what concerns the commune', async () => {
      const communeAdmin = (await logIn(system, 'admin.lg', 'admin-lg-password')).accessToken;
      const rows = await as(communeAdmin).get<AuditBody>('/api/v1/audit?limit=1000');
      const [kindergarten] = await api.db.query<{ id: string }[]>(
        `SELECT id FROM units WHERE code = 'DN-CM-XM-MN'`,
      );
      // The commune, the commune merged into it, and the school that came with the merger.
      const scope = [unit['DN-CM-LG'], unit['DN-CM-XM'], kindergarten!.id];
      const seen = new Set(rows.body.items.map((item) => item.unitId));
      expect(rows.body.items.map((item) => item.action)).toEqual(
        expect.arrayContaining(['unit.merged', 'user.created', 'role.granted']),
      );
      expect([...seen].filter((id) => !scope.includes(id ?? 'none'))).toEqual([]);
      const outside = await as(communeAdmin).get<ErrorBody>(
        `/api/v1/audit?unitId=${unit['DN-SNV']}`,
      );
      expect([outside.status, outside.body.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('names a malformed filter', async () => {
      const response = await as(auditor).get<{
        errors: { field: string; message: { en: string } }[];
      }>('/api/v1/audit?from=yesterday');
      expect([response.status, response.body.errors[0]?.field]).toEqual([400, 'from']);
      expect(response.body.errors[0]?.message.en).toContain('ISO 8601');
    });

    it('is closed to people without audit:read', async () => {
      const officer = (await logIn(system, 'demo.officer.thlg')).accessToken;
      const response = await as(officer).get<ErrorBody>('/api/v1/audit');
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    });
  });
});
