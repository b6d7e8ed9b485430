import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, DossierStage, fileObjectionUpdate } from '@tdkt/contracts';
import { getRuleSet } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

/** A nominee as the public disclosure page shows it: nothing beyond what the law asks to disclose. */
export interface DisclosedNominee {
  dossierId: string;
  code: string;
  nomineeName: string;
  unitName: string;
  awardName: string;
  year: number;
  achievementsSummary: string;
  /** When the disclosure window closes (the end of the stage); null when it has no deadline. */
  disclosureEndsAt: string | null;
}

export interface PublicObjection {
  filerName: string;
  /** How the reviewers reach the filer: a phone number or an e-mail address. */
  contact: string;
  text: string;
  clientIp: string | null;
}

/** Objections from one address per hour, and from everyone per hour: a flood cannot bury the reviewers. */
const PER_ADDRESS_PER_HOUR = 5;
const ALL_PER_HOUR = 300;

interface DisclosedRow {
  id: string;
  code: string;
  nominee_name: string;
  unit_name: string;
  award_code: string;
  rule_set_id: string | null;
  year: number;
  achievements_summary: string;
  stage_due_at: Date | null;
}

const OPEN_DISCLOSURE = `d.stage = '${DossierStage.DISCLOSURE}' AND d.closed_at IS NULL
  AND (d.stage_due_at IS NULL OR d.stage_due_at > now())`;

/**
 * The public disclosure (công khai) of nominees, without signing in: during a dossier's disclosure
 * window its nominee's name, unit, award and achievements summary, and a form to object, which opens
 * the reviewers' objection task. Outside the window the dossier is not shown and takes no objection.
 */
@Injectable()
export class PublicDisclosureUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
  ) {}

  async list(): Promise<DisclosedNominee[]> {
    const rows = await this.dataSource.query<DisclosedRow[]>(
      `SELECT d.id, d.code, d.nominee_name, u.name AS unit_name, d.award_code, d.rule_set_id, d.year,
              d.achievements_summary, d.stage_due_at
         FROM dossiers d JOIN units u ON u.id = d.proposing_unit_id
        WHERE ${OPEN_DISCLOSURE} ORDER BY d.stage_due_at NULLS LAST, d.code LIMIT 500`,
    );
    return rows.map(disclosed);
  }

  async fileObjection(dossierId: string, objection: PublicObjection): Promise<{ received: true }> {
    const [row] = await this.dataSource.query<{ workflow_id: string; proposing_unit_id: string }[]>(
      `SELECT d.workflow_id, d.proposing_unit_id FROM dossiers d WHERE d.id = $1 AND ${OPEN_DISCLOSURE}`,
      [dossierId],
    );
    if (row === undefined) throw new AppError('DISCLOSURE_NOT_OPEN');
    await this.countRequest(`objection|${objection.clientIp ?? 'unknown'}`, PER_ADDRESS_PER_HOUR);
    await this.countRequest('objection|all', ALL_PER_HOUR);
    // Keyed by its content: the same objection sent again is the same update, answered once.
    const filed = await this.updates.execute(row.workflow_id, fileObjectionUpdate, [
      {
        filedBy: null,
        filerName: `${objection.filerName} (${objection.contact})`,
        text: objection.text,
      },
    ]);
    await appendAudit(this.dataSource.manager, {
      action: 'dossier.objection-filed-publicly',
      entityType: 'dossier',
      entityId: dossierId,
      unitId: row.proposing_unit_id,
      actorKind: 'anonymous',
      requestId: null,
      after: { objectionId: filed.objectionId, filerName: objection.filerName },
    });
    return { received: true };
  }

  /** Counts a request in its hour; past the limit, refuses it (429) without counting further. */
  private async countRequest(bucket: string, limit: number): Promise<void> {
    const [counted] = await this.dataSource.query<{ hits: number }[]>(
      `INSERT INTO public_request_counters (bucket, window_start, hits)
       VALUES ($1, date_trunc('hour', now()), 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = public_request_counters.hits + 1
         WHERE public_request_counters.hits < $2
       RETURNING hits`,
      [bucket, limit],
    );
    if (counted === undefined) throw new AppError('TOO_MANY_REQUESTS');
  }
}

function disclosed(row: DisclosedRow): DisclosedNominee {
  const ruleSet = row.rule_set_id === null ? null : getRuleSet(row.rule_set_id);
  const award = ruleSet?.awards[row.award_code as keyof typeof ruleSet.awards];
  return {
    dossierId: row.id,
    code: row.code,
    nomineeName: row.nominee_name,
    unitName: row.unit_name,
    awardName: award?.name.vi ?? row.award_code,
    year: row.year,
    achievementsSummary: row.achievements_summary,
    disclosureEndsAt: row.stage_due_at?.toISOString() ?? null,
  };
}
