import {
  AppError,
  type PlanItemEvidence,
  type PlanItemSnapshot,
  type PlanStatus,
} from '@tdkt/contracts';
import type { PlanItemKind, PlanTarget, Quarter } from '@tdkt/domain';
import type { EntityManager } from 'typeorm';

/** A plan row with its units' names, as the use cases read it. */
export interface PlanRecord {
  id: string;
  year: number;
  number: string | null;
  issuedOn: string | null;
  issuerUnitId: string;
  issuerName: string;
  issuerUnitName: string;
  signer: string | null;
  standingBodyUnitId: string;
  standingBodyName: string;
  legalBasis: string[];
  goals: string[];
  standingDuties: string[];
  recipients: string[];
  targets: PlanTarget[];
  reminderOffsets: number[];
  status: PlanStatus;
  workflowId: string | null;
  sourcePlanId: string | null;
  contentHash: string | null;
}

/** An item row with its owner's name. */
export interface PlanItemRecord {
  id: string;
  key: string;
  position: number;
  quarter: Quarter;
  dueOn: string;
  dueExplicit: boolean;
  ownerUnitId: string;
  ownerName: string;
  kind: PlanItemKind;
  textVi: string;
  textEn: string;
  recurring: boolean;
  participantUnitIds: string[];
  status: 'OPEN' | 'DONE';
  completedAt: Date | null;
  completedBy: string | null;
  evidence: PlanItemEvidence | null;
  completionNote: string | null;
  completionRecordedAt: Date | null;
  revision: number;
}

const PLAN_COLUMNS = `p.id, p.year, p.number, p.issued_on::text AS "issuedOn", p.issuer_unit_id AS "issuerUnitId",
  p.issuer_name AS "issuerName", iu.name AS "issuerUnitName", p.signer,
  p.standing_body_unit_id AS "standingBodyUnitId", sb.name AS "standingBodyName",
  p.legal_basis AS "legalBasis", p.goals, p.standing_duties AS "standingDuties", p.recipients, p.targets,
  p.reminder_offsets AS "reminderOffsets", p.status, p.workflow_id AS "workflowId",
  p.source_plan_id AS "sourcePlanId", p.content_hash AS "contentHash"`;

const PLAN_FROM = `plans p JOIN units iu ON iu.id = p.issuer_unit_id JOIN units sb ON sb.id = p.standing_body_unit_id`;

const ITEM_COLUMNS = `i.id, i.item_key AS key, i.position, i.quarter, i.due_on::text AS "dueOn",
  i.due_explicit AS "dueExplicit", i.owner_unit_id AS "ownerUnitId", o.name AS "ownerName", i.kind,
  i.text_vi AS "textVi", i.text_en AS "textEn", i.recurring, i.participant_unit_ids AS "participantUnitIds",
  i.status, i.completed_at AS "completedAt", i.completed_by AS "completedBy", i.evidence,
  i.completion_note AS "completionNote", i.completion_recorded_at AS "completionRecordedAt", i.revision`;

/** Plans matching a filter, newest year first. `issuerUnitIds` keeps only plans those units issued. */
export function findPlans(
  manager: EntityManager,
  filter: {
    id?: string;
    year?: number;
    status?: PlanStatus;
    issuerUnitId?: string;
    issuerUnitIds?: readonly string[];
    /** With issuerUnitIds: also the plans with an item owned by, or open to, one of these units. */
    itemUnitIds?: readonly string[];
  },
  lock = false,
): Promise<PlanRecord[]> {
  return manager.query<PlanRecord[]>(
    `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM}
      WHERE ($1::uuid IS NULL OR p.id = $1) AND ($2::int IS NULL OR p.year = $2)
        AND ($3::text IS NULL OR p.status = $3) AND ($4::uuid IS NULL OR p.issuer_unit_id = $4)
        AND ($5::uuid[] IS NULL OR p.issuer_unit_id = ANY($5::uuid[]) OR EXISTS (
              SELECT 1 FROM plan_items i
               WHERE i.plan_id = p.id
                 AND (i.owner_unit_id = ANY($6::uuid[]) OR i.participant_unit_ids && $6::uuid[])))
      ORDER BY p.year DESC, p.created_at DESC ${lock ? 'FOR UPDATE OF p' : ''}`,
    [
      filter.id ?? null,
      filter.year ?? null,
      filter.status ?? null,
      filter.issuerUnitId ?? null,
      filter.issuerUnitIds ?? null,
      filter.itemUnitIds ?? [],
    ],
  );
}

/** PLAN_NOT_FOUND naming `field`: for a plan that does not exist and for one the caller may not read alike. */
export function planNotFound(field = 'planId'): AppError {
  return new AppError('PLAN_NOT_FOUND', [
    {
      field,
      rule: 'exists',
      message: { vi: `${field}: không có kế hoạch này`, en: `${field}: no such plan` },
    },
  ]);
}

/** The plan, or PLAN_NOT_FOUND naming `field`. `lock` holds the row until the transaction ends. */
export async function loadPlan(
  manager: EntityManager,
  planId: string,
  lock = false,
  field = 'planId',
): Promise<PlanRecord> {
  const [plan] = UUID.test(planId) ? await findPlans(manager, { id: planId }, lock) : [];
  if (plan === undefined) throw planNotFound(field);
  return plan;
}

/** A plan's items in plan order. */
export function loadPlanItems(manager: EntityManager, planId: string): Promise<PlanItemRecord[]> {
  return manager.query<PlanItemRecord[]>(
    `SELECT ${ITEM_COLUMNS} FROM plan_items i JOIN units o ON o.id = i.owner_unit_id
      WHERE i.plan_id = $1 ORDER BY i.quarter, i.position`,
    [planId],
  );
}

/** One item, or PLAN_ITEM_NOT_FOUND naming `itemKey`. */
export async function loadPlanItem(
  manager: EntityManager,
  planId: string,
  itemKey: string,
): Promise<PlanItemRecord> {
  const [item] = await manager.query<PlanItemRecord[]>(
    `SELECT ${ITEM_COLUMNS} FROM plan_items i JOIN units o ON o.id = i.owner_unit_id
      WHERE i.plan_id = $1 AND i.item_key = $2`,
    [planId, itemKey],
  );
  if (item === undefined) {
    throw new AppError('PLAN_ITEM_NOT_FOUND', [
      {
        field: 'itemKey',
        rule: 'exists',
        message: {
          vi: `itemKey: kế hoạch không có nhiệm vụ "${itemKey}"`,
          en: `itemKey: the plan has no item "${itemKey}"`,
        },
      },
    ]);
  }
  return item;
}

/** An item as the workflow carries it. */
export function itemSnapshot(item: PlanItemRecord): PlanItemSnapshot {
  return {
    key: item.key,
    quarter: item.quarter,
    dueOn: item.dueOn,
    dueExplicit: item.dueExplicit,
    ownerUnitId: item.ownerUnitId,
    ownerName: item.ownerName,
    kind: item.kind,
    text: { vi: item.textVi, en: item.textEn },
    recurring: item.recurring,
    participantUnitIds: item.participantUnitIds,
    completion:
      item.status === 'DONE' && item.completedAt !== null && item.evidence !== null
        ? {
            completedAt: item.completedAt.toISOString(),
            completedBy: item.completedBy,
            evidence: item.evidence,
            note: item.completionNote,
          }
        : null,
    revision: item.revision,
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
