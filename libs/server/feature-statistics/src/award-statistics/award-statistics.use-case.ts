import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type DossierTaskType, type LocalizedText } from '@tdkt/contracts';
import {
  type AwardedNominee,
  type GroupShareReport,
  type NomineeKind,
  type PlanTarget,
  RECIPIENT_GROUP_NAMES,
  reportGroupShares,
} from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { ruleSetForSubmissions } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';

/** A count of awards under a key (an award, a level, a unit, a year). */
export interface AwardCount {
  key: string;
  name: string;
  count: number;
}

/** How long a kind of step took and how often it met its deadline, over the tasks closed in the year. */
export interface StepTiming {
  type: string;
  name: LocalizedText;
  closed: number;
  averageDays: number | null;
  withDeadline: number;
  onTime: number;
  onTimePercent: number | null;
}

export interface GroupShareView extends GroupShareReport {
  name: LocalizedText;
}

/** The year's awards of a unit and the units under it, and how the year measured up to its plan. */
export interface AwardStatistics {
  year: number;
  unitId: string;
  unitName: string;
  /** Dossiers of the year submitted (not drafts, not withdrawn), awarded, and refused. */
  totals: { proposed: number; awarded: number; notAwarded: number };
  byAward: AwardCount[];
  byLevel: AwardCount[];
  byUnit: AwardCount[];
  /** Awards of this year and the four before it. */
  byYear: AwardCount[];
  groups: GroupShareView[];
  /** Individuals awarded who hold a leading or managing post, who do not, and who did not say. */
  leaders: { leaders: number; nonLeaders: number; unstated: number };
  steps: StepTiming[];
  /**
   * The plan whose targets the shares are judged against: the year's plan of the unit or the nearest
   * unit above it, an issued plan before a draft.
   */
  plan: { id: string; number: string | null; issuerName: string; targets: PlanTarget[] } | null;
}

/** The unit and every unit under it, or merged into it. */
const SUBTREE = `WITH RECURSIVE sub(id) AS (
    SELECT id FROM units WHERE id = $1
    UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id OR u.merged_into_id = sub.id
  )`;

interface NomineeRow {
  kind: NomineeKind;
  female: boolean | null;
  direct_worker: boolean | null;
  ethnic_minority: boolean | null;
  leader: boolean | null;
  remote_area: boolean | null;
}

/**
 * Statistics of a year's awards for a unit's subtree: by award, level, unit and year; the share to
 * the groups the plan names, against the plan's own targets; how long each kind of step took and how
 * often it met its legal deadline.
 */
/** A step by its kind: a task's own title names one nominee ("Quyết định khen thưởng: Tô Minh Khôi…"). */
const STEP_NAMES: Readonly<Record<DossierTaskType, LocalizedText>> = {
  'dossier.review': { vi: 'Thẩm định hồ sơ', en: 'Review of the dossier' },
  'dossier.supplement': { vi: 'Bổ sung hồ sơ', en: 'Supplementing the dossier' },
  'dossier.objection-review': {
    vi: 'Xem xét ý kiến phản ánh',
    en: 'Examining an objection',
  },
  'dossier.decision': { vi: 'Quyết định khen thưởng', en: 'Decision on the award' },
  'dossier.central-outcome': {
    vi: 'Theo dõi kết quả xét khen thưởng cấp Trung ương',
    en: 'Awaiting the central level',
  },
};

@Injectable()
export class AwardStatisticsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  async execute(unitId: string, year: number): Promise<AwardStatistics> {
    const [unit] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM units WHERE id = $1`,
      [unitId],
    );
    if (unit === undefined) throw new AppError('UNIT_NOT_FOUND');
    const inScope = `d.proposing_unit_id IN (SELECT id FROM sub)`;
    const [totals] = await this.dataSource.query<AwardStatistics['totals'][]>(
      `${SUBTREE}
       SELECT count(*) FILTER (WHERE d.stage NOT IN ('DRAFT', 'WITHDRAWN'))::int AS proposed,
              count(*) FILTER (WHERE d.stage = 'APPROVED')::int AS awarded,
              count(*) FILTER (WHERE d.stage IN ('NOT_APPROVED', 'REJECTED'))::int AS "notAwarded"
         FROM dossiers d WHERE d.year = $2 AND ${inScope}`,
      [unitId, year],
    );
    const counted = (key: string, name: string, orderBy = 'count DESC, key') =>
      this.dataSource.query<AwardCount[]>(
        `${SUBTREE}
         SELECT ${key} AS key, ${name} AS name, count(*)::int AS count
           FROM dossiers d JOIN units u ON u.id = d.proposing_unit_id
          WHERE d.stage = 'APPROVED' AND d.year = $2 AND ${inScope}
          GROUP BY 1, 2 ORDER BY ${orderBy}`,
        [unitId, year],
      );
    const ruleSet = ruleSetForSubmissions(this.config, year);
    const byAward = (await counted('d.award_code', 'd.award_code')).map((row) => ({
      ...row,
      name: ruleSet.awards[row.key as keyof typeof ruleSet.awards]?.name.vi ?? row.key,
    }));
    const byLevel = (await counted(`coalesce(d.deciding_level, '')`, `''`)).map((row) => ({
      ...row,
      name: ruleSet.levels.find((level) => level.id === row.key)?.name.vi ?? row.key,
    }));
    const byUnit = await counted('u.id::text', 'u.name');
    const byYear = await this.dataSource.query<AwardCount[]>(
      `${SUBTREE}, years(y) AS (SELECT generate_series($2::int - 4, $2::int))
       SELECT y::text AS key, y::text AS name,
              (SELECT count(*)::int FROM dossiers d
                WHERE d.stage = 'APPROVED' AND d.year = y AND ${inScope}) AS count
         FROM years ORDER BY y`,
      [unitId, year],
    );
    const plan = await this.planOf(unitId, year);
    const [now, before] = await Promise.all([
      this.nominees(unitId, year),
      this.nominees(unitId, year - 1),
    ]);
    const groups = reportGroupShares(now, before, plan?.targets ?? []).map((report) => ({
      ...report,
      name: RECIPIENT_GROUP_NAMES[report.group],
    }));
    const individuals = now.filter((nominee) => nominee.kind === 'individual');
    return {
      year,
      unitId,
      unitName: unit.name,
      totals: totals ?? { proposed: 0, awarded: 0, notAwarded: 0 },
      byAward,
      byLevel,
      byUnit,
      byYear,
      groups,
      leaders: {
        leaders: individuals.filter((nominee) => nominee.leader === true).length,
        nonLeaders: individuals.filter((nominee) => nominee.leader === false).length,
        unstated: individuals.filter((nominee) => nominee.leader === null).length,
      },
      steps: await this.steps(unitId, year),
      plan,
    };
  }

  private async nominees(unitId: string, year: number): Promise<AwardedNominee[]> {
    const rows = await this.dataSource.query<NomineeRow[]>(
      `${SUBTREE}
       SELECT d.nominee->>'kind' AS kind, d.nominee_female AS female, d.nominee_direct_worker AS direct_worker,
              d.nominee_ethnic_minority AS ethnic_minority, d.nominee_leader AS leader, d.remote_area
         FROM dossiers d WHERE d.stage = 'APPROVED' AND d.year = $2 AND d.proposing_unit_id IN (SELECT id FROM sub)`,
      [unitId, year],
    );
    return rows.map((row) => ({
      kind: row.kind,
      female: row.female,
      directWorker: row.direct_worker,
      ethnicMinority: row.ethnic_minority,
      leader: row.leader,
      remoteArea: row.remote_area,
    }));
  }

  /** Tasks on the subtree's dossiers closed in the year, by kind of step. */
  private async steps(unitId: string, year: number): Promise<StepTiming[]> {
    const rows = await this.dataSource.query<
      {
        type: string;
        name: LocalizedText;
        closed: number;
        average_days: string | null;
        with_deadline: number;
        on_time: number;
      }[]
    >(
      `${SUBTREE}
       SELECT t.type, (array_agg(t.title ORDER BY t.created_at DESC))[1] AS name, count(*)::int AS closed,
              round((avg(extract(epoch FROM t.closed_at - t.created_at)) / 86400)::numeric, 1)::text AS average_days,
              count(*) FILTER (WHERE t.due_at IS NOT NULL)::int AS with_deadline,
              count(*) FILTER (WHERE t.due_at IS NOT NULL AND t.closed_at <= t.due_at)::int AS on_time
         FROM tasks t JOIN dossiers d ON t.subject_type = 'dossier' AND t.subject_id = d.id::text
        WHERE t.status = 'COMPLETED' AND d.year = $2 AND d.proposing_unit_id IN (SELECT id FROM sub)
        GROUP BY t.type ORDER BY t.type`,
      [unitId, year],
    );
    return rows.map((row) => ({
      type: row.type,
      name: STEP_NAMES[row.type as DossierTaskType] ?? row.name,
      closed: row.closed,
      averageDays: row.average_days === null ? null : Number(row.average_days),
      withDeadline: row.with_deadline,
      onTime: row.on_time,
      onTimePercent:
        row.with_deadline === 0 ? null : Math.round((row.on_time / row.with_deadline) * 1000) / 10,
    }));
  }

  private async planOf(unitId: string, year: number): Promise<AwardStatistics['plan']> {
    const [plan] = await this.dataSource.query<
      { id: string; number: string | null; issuer_name: string; targets: PlanTarget[] }[]
    >(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT id, 0 FROM units WHERE id = $1
         UNION SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL
       )
       SELECT p.id, p.number, p.issuer_name, p.targets
         FROM plans p JOIN up ON up.id = p.issuer_unit_id OR up.id = p.standing_body_unit_id
        WHERE p.year = $2
        ORDER BY p.status = 'DRAFT', up.depth, p.created_at DESC LIMIT 1`,
      [unitId, year],
    );
    return plan === undefined
      ? null
      : { id: plan.id, number: plan.number, issuerName: plan.issuer_name, targets: plan.targets };
  }
}
