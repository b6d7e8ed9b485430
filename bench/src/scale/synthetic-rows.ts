import { searchableText } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';

/**
 * Rows for the read-model scale tests, inserted straight into PostgreSQL with INSERT … SELECT over
 * generate_series (through the API, a million dossiers would take days): what a province's read
 * model holds after years of cycles. They are not workflows; the figures say so.
 */

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
];
const GIVEN = [
  'Thị Lan',
  'Văn Hùng',
  'Thị Mai',
  'Minh Tuấn',
  'Thị Hoa',
  'Văn Dũng',
  'Ánh Tuyết',
  'Quốc Bảo',
];
const NAMES = FAMILY.flatMap((family) => GIVEN.map((given) => `${family} ${given}`));
const AWARDS = ['CSTDCS', 'LDTT', 'GIAY_KHEN', 'CSTD_TINH'];
const CLOSED_STAGES = ['APPROVED', 'APPROVED', 'APPROVED', 'NOT_APPROVED', 'REJECTED', 'WITHDRAWN'];
const OPEN_STAGES = ['UNIT_REVIEW', 'COUNCIL_PENDING', 'DECISION_PENDING', 'SUPPLEMENTING'];

async function unitIds(db: DataSource, codes: string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }[]>(
    `SELECT id FROM units WHERE code = ANY($1::text[]) ORDER BY code`,
    [codes],
  );
  if (rows.length !== codes.length) throw new Error(`missing seed units among ${codes.join(', ')}`);
  return rows.map((row) => row.id);
}

/**
 * `count` dossiers of the seed's schools and communes over eight years, most of them closed (one in
 * six open, waiting at the district), the latest changed most recently.
 */
export async function insertDossiers(db: DataSource, count: number): Promise<void> {
  const proposing = await unitIds(db, [
    'DN-CM-TH-LG',
    'DN-CM-THCS-XM',
    'DN-CM-MN-SR',
    'DN-CM-LG',
    'DN-CM-XM',
    'DN-CM-SR',
  ]);
  const [district] = await unitIds(db, ['DN-CM']);
  await db.query(
    `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name, nominee_search,
                           achievements_summary, stage, workflow_id, submitted_at, created_at, updated_at,
                           rule_set_id, deciding_level, current_level, current_unit_id, stage_due_at, closed_at,
                           last_event_seq)
     SELECT gen_random_uuid(), code, year, award, unit, jsonb_build_object('kind', 'individual', 'name', name),
            name, search, 'Hoàn thành xuất sắc nhiệm vụ (dữ liệu đo tải)', stage, code, changed - interval '20 days',
            changed - interval '21 days', changed, 'VN-2024', 'district', 'district', $4::uuid,
            CASE WHEN open THEN changed + make_interval(days => n % 40 - 10) END,
            CASE WHEN open THEN NULL ELSE changed END, 5
       FROM generate_series(1, $1::int) n,
            LATERAL (SELECT 2019 + n % 8 AS year, n % 6 = 0 AS open,
                            now() - make_interval(secs => ((n::bigint * 7919) % (8 * 365 * 86400))::double precision) AS changed) t,
            LATERAL (SELECT 'HS-' || year || '-S' || lpad(n::text, 8, '0') AS code,
                            ($2::text[])[1 + n % array_length($2::text[], 1)] AS name,
                            ($3::text[])[1 + n % array_length($3::text[], 1)] AS search,
                            ($5::text[])[1 + (n / 3) % array_length($5::text[], 1)] AS award,
                            ($6::uuid[])[1 + (n / 7) % array_length($6::uuid[], 1)] AS unit,
                            CASE WHEN open THEN ($7::text[])[1 + (n / 6) % array_length($7::text[], 1)]
                                 ELSE ($8::text[])[1 + n % array_length($8::text[], 1)] END AS stage) x`,
    [
      count,
      NAMES.map((name, index) => `${name} ${index}`),
      NAMES.map((name, index) => searchableText(`${name} ${index}`)),
      district,
      AWARDS,
      proposing,
      OPEN_STAGES,
      CLOSED_STAGES,
    ],
  );
}

/**
 * Tasks up to `total` rows in all, on the synthetic dossiers: two in five open, the rest closed, for
 * the district's reviewers (the heaviest inbox), its leader, the communes' reviewers and the schools'
 * officers, due from two months ago to two months ahead.
 */
export async function insertTasks(db: DataSource, total: number): Promise<number> {
  const [{ existing }] = await db.query<[{ existing: number }]>(
    `SELECT count(*)::int AS existing FROM tasks`,
  );
  const count = Math.max(0, total - existing);
  const [district] = await unitIds(db, ['DN-CM']);
  const communes = await unitIds(db, ['DN-CM-LG', 'DN-CM-XM', 'DN-CM-SR']);
  const [province] = await unitIds(db, ['DN']);
  await db.query(
    `INSERT INTO tasks (workflow_id, task_key, type, title, subject_type, subject_id, subject_label, unit_id,
                        candidate_role, candidate_unit_id, status, due_at, details, created_at, closed_at)
     SELECT d.workflow_id, kind || ':s#' || n, 'dossier.' || kind,
            jsonb_build_object('vi', 'Việc đo tải ' || d.code, 'en', 'Load task ' || d.code),
            'dossier', d.id::text, d.code || ' · ' || d.nominee_name, d.proposing_unit_id,
            role, candidate_unit, status, now() + make_interval(hours => (n % 2880)::int - 1440), '{}'::jsonb,
            now() - make_interval(hours => (n % 2000)::int), CASE WHEN status = 'COMPLETED' THEN now() END
       FROM (SELECT id, code, workflow_id, nominee_name, proposing_unit_id, row_number() OVER () AS n
               FROM (SELECT * FROM dossiers WHERE code LIKE 'HS-%-S%' LIMIT $1) sample) d,
            LATERAL (SELECT CASE WHEN n % 5 < 2 THEN 'OPEN' ELSE 'COMPLETED' END AS status,
                            CASE n % 10 WHEN 0 THEN 'decision' WHEN 1 THEN 'supplement' ELSE 'review' END AS kind) k,
            LATERAL (SELECT CASE kind WHEN 'decision' THEN 'LEADER' WHEN 'supplement' THEN 'UNIT_OFFICER' ELSE 'REVIEWER' END AS role,
                            CASE WHEN kind = 'supplement' THEN d.proposing_unit_id
                                 WHEN n % 10 < 6 THEN $2::uuid
                                 WHEN n % 10 < 9 THEN ($3::uuid[])[1 + n % 3]
                                 ELSE $4::uuid END AS candidate_unit) c`,
    [count, district, communes, province],
  );
  return count;
}

/**
 * Audit rows up to `total` in all over two years: what the workflows, the inbox and sign-ins write,
 * about the synthetic dossiers and the seed's units and people.
 */
export async function insertAudit(db: DataSource, total: number): Promise<number> {
  const [{ existing }] = await db.query<[{ existing: number }]>(
    `SELECT count(*)::int AS existing FROM audit_log`,
  );
  const count = Math.max(0, total - existing);
  const units = (await db.query<{ id: string }[]>(`SELECT id FROM units ORDER BY code`)).map(
    (row) => row.id,
  );
  const users = (await db.query<{ id: string }[]>(`SELECT id FROM users ORDER BY username`)).map(
    (row) => row.id,
  );
  const actions = [
    'dossier.submitted',
    'review.started',
    'task.opened',
    'task.completed',
    'review.accepted',
    'council.awaited',
    'notification.sent',
    'auth.login',
    'decision.approved',
    'dossier.closed',
  ];
  await db.query(
    `INSERT INTO audit_log (occurred_at, actor_id, actor_kind, unit_id, action, entity_type, entity_id, after, workflow_id)
     SELECT now() - make_interval(secs => ((n::bigint * 104729) % (2 * 365 * 86400))::double precision),
            CASE WHEN n % 3 = 0 THEN NULL ELSE ($2::uuid[])[1 + n % array_length($2::uuid[], 1)] END,
            CASE WHEN n % 3 = 0 THEN 'worker' ELSE 'user' END,
            ($3::uuid[])[1 + (n / 11) % array_length($3::uuid[], 1)],
            action, CASE WHEN action LIKE 'task.%' THEN 'task' WHEN action = 'auth.login' THEN 'session' ELSE 'dossier' END,
            'synthetic-' || (n / 10), jsonb_build_object('stage', 'UNIT_REVIEW'), 'HS-2024-S' || lpad((n / 10)::text, 8, '0')
       FROM generate_series(1, $1::int) n,
            LATERAL (SELECT ($4::text[])[1 + n % array_length($4::text[], 1)] AS action) a`,
    [count, users, units, actions],
  );
  return count;
}
