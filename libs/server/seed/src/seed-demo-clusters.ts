import { randomUUID } from 'node:crypto';
import { appendAudit } from '@tdkt/server-database';
import { formClusterYear } from '@tdkt/server-feature-clusters';
import type { DataSource, EntityManager } from 'typeorm';

/** What the seed wrote on this start (nothing when the clusters are there already). */
export interface DemoClustersReport {
  clustersCreated: number;
  yearsFormed: number;
}

const SYSTEM = { actorKind: 'system' as const, actorId: null, requestId: null };

/** The demo's criteria: a short version of the tables provinces publish (not any province's own). */
const DEMO_CRITERIA = [
  { code: 'NV', title: { vi: 'Thực hiện nhiệm vụ chuyên môn', en: 'Core duties' }, maxPoints: 50 },
  {
    code: 'PT',
    title: {
      vi: 'Phong trào thi đua, điển hình tiên tiến',
      en: 'Emulation movements and examples',
    },
    maxPoints: 30,
  },
  {
    code: 'XD',
    title: { vi: 'Xây dựng tổ chức, đoàn kết nội bộ', en: 'Organisation and unity' },
    maxPoints: 20,
  },
];

/**
 * The plan's cluster 02 of Đồng Nai's districts (Cẩm Mỹ takes over as its leader for 2024), and a demo
 * block of Cẩm Mỹ's schools with its 2024 year formed and a scoring table adopted, ready for the
 * district's board to open the pact. Cluster 02's other districts are not in the demo's organisation
 * tree, so its year is left for the board to form. Safe on every start.
 */
export async function seedDemoClusters(dataSource: DataSource): Promise<DemoClustersReport> {
  return dataSource.transaction(async (manager) => {
    const report: DemoClustersReport = { clustersCreated: 0, yearsFormed: 0 };
    await ensureCluster(manager, report, {
      code: 'CUM-02',
      name: 'Cụm thi đua số 02 các huyện thuộc tỉnh Đồng Nai',
      organizerCode: 'DN',
    });
    const schools = await ensureCluster(manager, report, {
      code: 'CM-KHOI-TH',
      name: 'Khối thi đua các trường học huyện Cẩm Mỹ (dữ liệu mẫu)',
      organizerCode: 'DN-CM',
    });
    if (schools.created) {
      const unitIds = await unitIdsByCode(manager, ['DN-CM-TH-LG', 'DN-CM-THCS-XM', 'DN-CM-MN-SR']);
      const year = await formClusterYear(
        manager,
        {
          clusterId: schools.id,
          year: 2024,
          memberUnitIds: unitIds,
          leaderUnitId: unitIds[0]!,
          deputyUnitId: unitIds[1]!,
        },
        SYSTEM,
      );
      await manager.query(
        `INSERT INTO cluster_scoring_tables (cluster_year_id, version, criteria) VALUES ($1, 1, $2)`,
        [year.id, JSON.stringify(DEMO_CRITERIA)],
      );
      report.yearsFormed += 1;
    }
    return report;
  });
}

async function ensureCluster(
  manager: EntityManager,
  report: DemoClustersReport,
  cluster: { code: string; name: string; organizerCode: string },
): Promise<{ id: string; created: boolean }> {
  const id = randomUUID();
  const [organizer] = await unitIdsByCode(manager, [cluster.organizerCode]);
  const inserted = await manager.query<{ id: string }[]>(
    `INSERT INTO emulation_clusters (id, code, name, kind, organizer_unit_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [
      id,
      cluster.code,
      cluster.name,
      cluster.code.includes('KHOI') ? 'block' : 'cluster',
      organizer,
    ],
  );
  if (inserted.length === 0) {
    const [existing] = await manager.query<{ id: string }[]>(
      `SELECT id FROM emulation_clusters WHERE code = $1`,
      [cluster.code],
    );
    return { id: existing!.id, created: false };
  }
  await appendAudit(manager, {
    action: 'cluster.created',
    ...SYSTEM,
    entityType: 'cluster',
    entityId: id,
    unitId: organizer,
    after: { code: cluster.code, name: cluster.name },
  });
  report.clustersCreated += 1;
  return { id, created: true };
}

async function unitIdsByCode(manager: EntityManager, codes: string[]): Promise<string[]> {
  const rows = await manager.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM units WHERE code = ANY($1::text[])`,
    [codes],
  );
  return codes.map((code) => {
    const row = rows.find((unit) => unit.code === code);
    if (row === undefined) throw new Error(`the demo organisation has no unit ${code}`);
    return row.id;
  });
}
