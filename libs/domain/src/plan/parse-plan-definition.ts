import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { DomainValidationError, fieldIssue, type DomainFieldIssue } from '../shared/errors';
import {
  DEFAULT_REMINDER_OFFSETS,
  QUARTERS,
  type PlanDefinition,
  type PlanItemDefinition,
  type PlanItemKind,
  type Quarter,
} from './plan-model';
import {
  dueInQuarterIssues,
  normalizeReminderOffsets,
  participantsIssues,
  planItemKeyIssues,
  planItemKindIssues,
  planYearIssues,
  reminderOffsetsIssues,
  requiredTextIssues,
} from './plan-rules';
import { RECIPIENT_GROUPS, TARGET_KINDS, type PlanTarget } from './plan-targets';

const text = (vi: string, en: string) => ({ vi, en });

const PLAN_FIELDS = [
  'number',
  'issued_on',
  'issuer',
  'signer',
  'year',
  'standing_body',
  'legal_basis',
  'goals',
  'quarters',
  'standing_duties',
  'recipients',
  'targets',
  'reminder_offsets',
];
const TARGET_FIELDS = ['group', 'kind', 'percent', 'vi', 'en', 'source'];
const ITEM_FIELDS = ['id', 'kind', 'owner', 'vi', 'en', 'due', 'recurring', 'participants'];
const QUARTER_KEYS = QUARTERS.map((q) => `Q${q}`);

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unknownFields(value: Raw, allowed: readonly string[], path: string): DomainFieldIssue[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) =>
      fieldIssue(
        `${path}.${key}`,
        'unknown-field',
        text(
          `không phải trường của kế hoạch (các trường: ${allowed.join(', ')})`,
          `is not a plan field (fields: ${allowed.join(', ')})`,
        ),
      ),
    );
}

function optionalText(value: unknown, field: string, issues: DomainFieldIssue[]): string | null {
  if (value === undefined || value === null) return null;
  issues.push(...requiredTextIssues(value, field, 200));
  return typeof value === 'string' ? value.trim() : null;
}

function textList(value: unknown, field: string, issues: DomainFieldIssue[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push(fieldIssue(field, 'array', text('phải là một danh sách', 'must be a list')));
    return [];
  }
  value.forEach((entry, index) => issues.push(...requiredTextIssues(entry, `${field}[${index}]`)));
  return value.filter((entry): entry is string => typeof entry === 'string').map((s) => s.trim());
}

function parseItem(
  raw: unknown,
  year: number | null,
  quarter: Quarter,
  path: string,
  issues: DomainFieldIssue[],
): PlanItemDefinition | null {
  if (!isRecord(raw)) {
    issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
    return null;
  }
  const before = issues.length;
  issues.push(...unknownFields(raw, ITEM_FIELDS, path));
  issues.push(...planItemKeyIssues(raw.id, `${path}.id`));
  issues.push(...planItemKindIssues(raw.kind, `${path}.kind`));
  issues.push(...requiredTextIssues(raw.owner, `${path}.owner`, 200));
  issues.push(...requiredTextIssues(raw.vi, `${path}.vi`));
  issues.push(...requiredTextIssues(raw.en, `${path}.en`));
  const due = raw.due === undefined || raw.due === null ? null : raw.due;
  if (due !== null && year !== null)
    issues.push(...dueInQuarterIssues(due, year, quarter, `${path}.due`));
  if (raw.recurring !== undefined && typeof raw.recurring !== 'boolean') {
    issues.push(
      fieldIssue(
        `${path}.recurring`,
        'boolean',
        text('phải là true/false', 'must be true or false'),
      ),
    );
  }
  let participants: string[] | null = null;
  if (raw.participants !== undefined && raw.participants !== null) {
    participants = textList(raw.participants, `${path}.participants`, issues);
    issues.push(
      ...participantsIssues(raw.kind as PlanItemKind, participants, `${path}.participants`),
    );
  }
  if (issues.length > before) return null;
  return {
    key: raw.id as string,
    quarter,
    due: due as IsoDate | null,
    kind: raw.kind as PlanItemKind,
    owner: (raw.owner as string).trim(),
    text: { vi: (raw.vi as string).trim(), en: (raw.en as string).trim() },
    recurring: (raw.recurring as boolean | undefined) ?? true,
    participants,
  };
}

function parseTarget(raw: unknown, path: string, issues: DomainFieldIssue[]): PlanTarget | null {
  if (!isRecord(raw)) {
    issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
    return null;
  }
  const before = issues.length;
  issues.push(...unknownFields(raw, TARGET_FIELDS, path));
  if (!(RECIPIENT_GROUPS as readonly unknown[]).includes(raw.group))
    issues.push(
      fieldIssue(
        `${path}.group`,
        'recipient-group',
        text(
          `phải là một trong: ${RECIPIENT_GROUPS.join(', ')}`,
          `must be one of: ${RECIPIENT_GROUPS.join(', ')}`,
        ),
      ),
    );
  if (!(TARGET_KINDS as readonly unknown[]).includes(raw.kind))
    issues.push(
      fieldIssue(
        `${path}.kind`,
        'target-kind',
        text(
          `phải là một trong: ${TARGET_KINDS.join(', ')}`,
          `must be one of: ${TARGET_KINDS.join(', ')}`,
        ),
      ),
    );
  const percent = raw.percent ?? null;
  if (raw.kind === 'at-least' && (typeof percent !== 'number' || percent <= 0 || percent > 100))
    issues.push(
      fieldIssue(
        `${path}.percent`,
        'percent',
        text(
          'chỉ tiêu "at-least" cần tỷ lệ phần trăm trong khoảng (0, 100]',
          'an "at-least" target needs a percent within (0, 100]',
        ),
      ),
    );
  if (raw.kind !== 'at-least' && percent !== null)
    issues.push(
      fieldIssue(
        `${path}.percent`,
        'percent-only-at-least',
        text(
          'chỉ chỉ tiêu "at-least" mới có tỷ lệ phần trăm',
          'only an "at-least" target has a percent',
        ),
      ),
    );
  issues.push(...requiredTextIssues(raw.vi, `${path}.vi`));
  issues.push(...requiredTextIssues(raw.en, `${path}.en`));
  issues.push(...requiredTextIssues(raw.source, `${path}.source`, 200));
  if (issues.length > before) return null;
  return {
    group: raw.group as PlanTarget['group'],
    kind: raw.kind as PlanTarget['kind'],
    percent: raw.kind === 'at-least' ? (percent as number) : null,
    text: { vi: (raw.vi as string).trim(), en: (raw.en as string).trim() },
    source: (raw.source as string).trim(),
  };
}

function parseTargets(value: unknown, issues: DomainFieldIssue[]): PlanTarget[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push(
      fieldIssue('plan.targets', 'array', text('phải là một danh sách', 'must be a list')),
    );
    return [];
  }
  const targets = value.flatMap((raw, index) => {
    const target = parseTarget(raw, `plan.targets[${index}]`, issues);
    return target === null ? [] : [target];
  });
  const groups = targets.map((target) => target.group);
  for (const group of new Set(groups)) {
    if (groups.filter((other) => other === group).length > 1)
      issues.push(
        fieldIssue(
          'plan.targets',
          'unique-target-group',
          text(
            `nhóm "${group}" có nhiều hơn một chỉ tiêu`,
            `group "${group}" has more than one target`,
          ),
        ),
      );
  }
  return targets;
}

function parseQuarters(
  value: unknown,
  year: number | null,
  issues: DomainFieldIssue[],
): PlanItemDefinition[] {
  const path = 'plan.quarters';
  if (!isRecord(value)) {
    issues.push(
      fieldIssue(path, 'object', text('phải có các quý Q1–Q4', 'must hold the quarters Q1–Q4')),
    );
    return [];
  }
  issues.push(...unknownFields(value, QUARTER_KEYS, path));
  const items: PlanItemDefinition[] = [];
  for (const quarter of QUARTERS) {
    const list = value[`Q${quarter}`];
    if (list === undefined || list === null) continue;
    const listPath = `${path}.Q${quarter}`;
    if (!Array.isArray(list)) {
      issues.push(fieldIssue(listPath, 'array', text('phải là một danh sách', 'must be a list')));
      continue;
    }
    list.forEach((raw, index) => {
      const item = parseItem(raw, year, quarter, `${listPath}[${index}]`, issues);
      if (item) items.push(item);
    });
  }
  const seen = new Map<string, number>();
  items.forEach((item) => seen.set(item.key, (seen.get(item.key) ?? 0) + 1));
  for (const [key, count] of seen) {
    if (count > 1) {
      issues.push(
        fieldIssue(
          path,
          'unique-item-id',
          text(`mã nhiệm vụ "${key}" bị trùng`, `item id "${key}" is used more than once`),
        ),
      );
    }
  }
  if (items.length === 0 && issues.length === 0) {
    issues.push(
      fieldIssue(
        path,
        'not-empty',
        text('phải có ít nhất một nhiệm vụ', 'must hold at least one item'),
      ),
    );
  }
  return items;
}

/**
 * Reads a plan document (the shape of `infra/seed/plan-2024.yaml`, parsed from YAML or JSON) and
 * reports every problem at once, each with the path of the offending field.
 */
export function parsePlanDefinition(document: unknown): PlanDefinition {
  const issues: DomainFieldIssue[] = [];
  if (!isRecord(document) || !isRecord(document.plan)) {
    throw new DomainValidationError([
      fieldIssue(
        'plan',
        'object',
        text('tài liệu phải có khóa "plan"', 'the document must have a "plan" key'),
      ),
    ]);
  }
  const plan = document.plan;
  issues.push(...unknownFields(plan, PLAN_FIELDS, 'plan'));
  const yearIssues = planYearIssues(plan.year, 'plan.year');
  issues.push(...yearIssues);
  const year = yearIssues.length === 0 ? (plan.year as number) : null;
  const number = optionalText(plan.number, 'plan.number', issues);
  let issuedOn: IsoDate | null = null;
  if (plan.issued_on !== undefined && plan.issued_on !== null) {
    if (isIsoDate(plan.issued_on)) issuedOn = plan.issued_on;
    else
      issues.push(
        fieldIssue(
          'plan.issued_on',
          'iso-date',
          text('phải là ngày hợp lệ dạng YYYY-MM-DD', 'must be a valid date written YYYY-MM-DD'),
        ),
      );
  }
  issues.push(...requiredTextIssues(plan.issuer, 'plan.issuer', 200));
  issues.push(...requiredTextIssues(plan.standing_body, 'plan.standing_body', 200));
  const signer = optionalText(plan.signer, 'plan.signer', issues);
  let reminderOffsets = [...DEFAULT_REMINDER_OFFSETS];
  if (plan.reminder_offsets !== undefined) {
    const offsetIssues = reminderOffsetsIssues(plan.reminder_offsets, 'plan.reminder_offsets');
    issues.push(...offsetIssues);
    if (offsetIssues.length === 0)
      reminderOffsets = normalizeReminderOffsets(plan.reminder_offsets as number[]);
  }
  const definition: PlanDefinition = {
    year: year ?? 0,
    number,
    issuedOn,
    issuer: typeof plan.issuer === 'string' ? plan.issuer.trim() : '',
    signer,
    standingBody: typeof plan.standing_body === 'string' ? plan.standing_body.trim() : '',
    legalBasis: textList(plan.legal_basis, 'plan.legal_basis', issues),
    goals: textList(plan.goals, 'plan.goals', issues),
    standingDuties: textList(plan.standing_duties, 'plan.standing_duties', issues),
    recipients: textList(plan.recipients, 'plan.recipients', issues),
    targets: parseTargets(plan.targets, issues),
    reminderOffsets,
    items: parseQuarters(plan.quarters, year, issues),
  };
  if (issues.length > 0) throw new DomainValidationError(issues);
  return definition;
}
