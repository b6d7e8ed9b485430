import {
  AppError,
  type FieldError,
  type LocalizedText,
  type PlanItemChange,
} from '@tdkt/contracts';
import {
  dueInQuarterIssues,
  fieldIssue,
  participantsIssues,
  planItemKindIssues,
  quarterDeadline,
  quarterIssues,
  requiredTextIssues,
  type PlanItemKind,
  type Quarter,
} from '@tdkt/domain';
import type { EntityManager } from 'typeorm';
import { UUID, type PlanRecord } from '../plan-records';
import type { PlanUnits } from '../plan-units';

/** An item as the API sends it when adding or editing: units by id. */
export interface PlanItemInput {
  quarter: Quarter;
  /** An explicit due date inside the quarter; null or absent for the quarter's last day. */
  dueOn?: string | null;
  ownerUnitId: string;
  kind: PlanItemKind;
  text: LocalizedText;
  recurring?: boolean;
  /** Units acting in the window of a dossier-batch or registration item. */
  participantUnitIds?: string[];
}

/**
 * Validates an item input against the plan and turns it into the change the workflow (or the draft
 * writer) applies. Every bad field is reported at once.
 */
export async function planItemChange(
  manager: EntityManager,
  units: PlanUnits,
  plan: PlanRecord,
  key: string,
  input: PlanItemInput,
  actor: { actorId: string | null; requestId: string | null },
): Promise<PlanItemChange> {
  const errors: FieldError[] = [
    ...quarterIssues(input.quarter, 'quarter'),
    ...planItemKindIssues(input.kind, 'kind'),
  ];
  const explicitDue = input.dueOn ?? null;
  if (errors.length === 0 && explicitDue !== null) {
    errors.push(...dueInQuarterIssues(explicitDue, plan.year, input.quarter, 'dueOn'));
  }
  errors.push(
    ...requiredTextIssues(input.text?.vi, 'text.vi'),
    ...requiredTextIssues(input.text?.en, 'text.en'),
  );
  if (input.recurring !== undefined && typeof input.recurring !== 'boolean') {
    errors.push(
      fieldIssue('recurring', 'boolean', { vi: 'phải là true/false', en: 'must be true or false' }),
    );
  }
  const participants = input.participantUnitIds ?? [];
  if (!Array.isArray(participants)) {
    errors.push(
      fieldIssue('participantUnitIds', 'array', { vi: 'phải là danh sách', en: 'must be a list' }),
    );
  } else if (participants.length > 0) {
    errors.push(...participantsIssues(input.kind, participants, 'participantUnitIds'));
  }
  const unitIds = [input.ownerUnitId, ...(Array.isArray(participants) ? participants : [])];
  const malformed = unitIds.filter((id) => typeof id !== 'string' || !UUID.test(id));
  const missing = await units.missing(
    unitIds.filter((id) => !malformed.includes(id)),
    manager,
  );
  [...malformed, ...missing].forEach((id) =>
    errors.push(
      fieldIssue(
        id === input.ownerUnitId
          ? 'ownerUnitId'
          : `participantUnitIds[${participants.indexOf(id)}]`,
        'unit-exists',
        {
          vi: 'không có đơn vị này',
          en: 'there is no such unit',
        },
      ),
    ),
  );
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
  const [owner] = await manager.query<{ name: string }[]>(`SELECT name FROM units WHERE id = $1`, [
    input.ownerUnitId,
  ]);
  return {
    item: {
      key,
      quarter: input.quarter,
      dueOn: explicitDue ?? quarterDeadline(plan.year, input.quarter),
      dueExplicit: explicitDue !== null,
      ownerUnitId: input.ownerUnitId,
      ownerName: owner!.name,
      kind: input.kind,
      text: { vi: input.text.vi.trim(), en: input.text.en.trim() },
      recurring: input.recurring ?? true,
      participantUnitIds: [...new Set(participants)],
    },
    ...actor,
  };
}
