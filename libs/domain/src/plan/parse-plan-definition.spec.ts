import { DomainValidationError } from '../shared/errors';
import { parsePlanDefinition } from './parse-plan-definition';

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 'q2-june-11-anniversary',
  kind: 'event',
  owner: 'Phòng Nội vụ huyện',
  due: '2024-06-11',
  vi: 'Kỷ niệm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc',
  en: "Anniversary of President Ho Chi Minh's call for patriotic emulation",
  ...overrides,
});

const document = (plan: Record<string, unknown> = {}, q2: unknown[] = [item()]) => ({
  plan: {
    number: '11/KH-UBND',
    issued_on: '2024-01-11',
    issuer: 'UBND huyện Cẩm Mỹ',
    year: 2024,
    standing_body: 'Phòng Nội vụ huyện',
    quarters: { Q2: q2 },
    ...plan,
  },
});

function issuesOf(raw: unknown): { field: string; rule: string }[] {
  try {
    parsePlanDefinition(raw);
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    return error.errors.map(({ field, rule }) => ({ field, rule }));
  }
  throw new Error('expected a DomainValidationError');
}

describe('parsePlanDefinition', () => {
  it('reads a plan with defaults: quarter-end due dates, recurring items, reminders 10 and 3 working days before', () => {
    const plan = parsePlanDefinition(
      document({}, [item(), item({ id: 'q2-publicity', due: undefined, kind: 'document' })]),
    );

    expect(plan).toMatchObject({
      year: 2024,
      number: '11/KH-UBND',
      issuedOn: '2024-01-11',
      reminderOffsets: [10, 3],
      legalBasis: [],
    });
    expect(plan.items).toEqual([
      expect.objectContaining({
        key: 'q2-june-11-anniversary',
        quarter: 2,
        due: '2024-06-11',
        recurring: true,
      }),
      expect.objectContaining({ key: 'q2-publicity', quarter: 2, due: null, participants: null }),
    ]);
  });

  it('sorts and keeps configured reminder offsets', () => {
    expect(parsePlanDefinition(document({ reminder_offsets: [2, 15, 5] })).reminderOffsets).toEqual(
      [15, 5, 2],
    );
  });

  it.each([
    ['no plan key', { quarters: {} }, 'plan', 'object'],
    ['a year as text', document({ year: '2024' }), 'plan.year', 'integer'],
    ['a year out of range', document({ year: 1990 }), 'plan.year', 'year-range'],
    ['a malformed issue date', document({ issued_on: '11/01/2024' }), 'plan.issued_on', 'iso-date'],
    ['a missing issuer', document({ issuer: ' ' }), 'plan.issuer', 'required'],
    ['an unknown plan field', document({ budget: 5 }), 'plan.budget', 'unknown-field'],
    ['an unknown quarter', document({ quarters: { Q5: [] } }), 'plan.quarters.Q5', 'unknown-field'],
    ['no items at all', document({ quarters: {} }), 'plan.quarters', 'not-empty'],
    [
      'bad reminder offsets',
      document({ reminder_offsets: [3, 3] }),
      'plan.reminder_offsets',
      'reminder-offsets',
    ],
    [
      'a malformed item id',
      document({}, [item({ id: 'Q2 June' })]),
      'plan.quarters.Q2[0].id',
      'item-key',
    ],
    [
      'an unknown kind',
      document({}, [item({ kind: 'party' })]),
      'plan.quarters.Q2[0].kind',
      'item-kind',
    ],
    [
      'a missing English text',
      document({}, [item({ en: '' })]),
      'plan.quarters.Q2[0].en',
      'required',
    ],
    [
      'a due date in another quarter',
      document({}, [item({ due: '2024-07-01' })]),
      'plan.quarters.Q2[0].due',
      'due-in-quarter',
    ],
    [
      'a due date in another year',
      document({}, [item({ due: '2025-06-11' })]),
      'plan.quarters.Q2[0].due',
      'due-in-quarter',
    ],
    [
      'an impossible due date',
      document({}, [item({ due: '2024-06-31' })]),
      'plan.quarters.Q2[0].due',
      'iso-date',
    ],
    [
      'recurring as text',
      document({}, [item({ recurring: 'yes' })]),
      'plan.quarters.Q2[0].recurring',
      'boolean',
    ],
    [
      'participants on an event',
      document({}, [item({ participants: ['DN-CM-LG'] })]),
      'plan.quarters.Q2[0].participants',
      'participants-need-window',
    ],
    [
      'a typo in an item field',
      document({}, [item({ onwer: 'x' })]),
      'plan.quarters.Q2[0].onwer',
      'unknown-field',
    ],
    ['a duplicated item id', document({}, [item(), item()]), 'plan.quarters', 'unique-item-id'],
  ])('rejects %s, naming the field and the rule', (_label, raw, field, rule) => {
    expect(issuesOf(raw)).toContainEqual({ field, rule });
  });

  it('reports every problem at once, with bilingual messages that name the field', () => {
    try {
      parsePlanDefinition(document({ year: 'x', issuer: '' }, [item({ kind: 'party', vi: '' })]));
      throw new Error('expected a DomainValidationError');
    } catch (error) {
      const issues = (error as DomainValidationError).errors;
      expect(issues.map((i) => i.field)).toEqual(
        expect.arrayContaining([
          'plan.year',
          'plan.issuer',
          'plan.quarters.Q2[0].kind',
          'plan.quarters.Q2[0].vi',
        ]),
      );
      const kind = issues.find((i) => i.field === 'plan.quarters.Q2[0].kind')!;
      expect(kind.message.vi).toContain('dossier-batch');
      expect(kind.message.en).toContain('plan.quarters.Q2[0].kind');
    }
  });
});
