import {
  parseDecisionOutcome,
  parseObjectionReviewOutcome,
  parseReviewOutcome,
} from './dossier.tasks';

describe('typed dossier task outcomes', () => {
  it.each([
    [{ decision: 'accept' }, { decision: 'accept' }],
    [
      { decision: 'accept', note: 'Đủ hồ sơ' },
      { decision: 'accept', note: 'Đủ hồ sơ' },
    ],
    [
      { decision: 'reject', reason: 'Không đủ điều kiện' },
      { decision: 'reject', reason: 'Không đủ điều kiện' },
    ],
    [
      {
        decision: 'return',
        items: [{ item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu chữ ký' }],
        deadlineWorkingDays: 5,
      },
      {
        decision: 'return',
        items: [{ item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu chữ ký' }],
        deadlineWorkingDays: 5,
      },
    ],
  ])('reads the review %j', (outcome, expected) => {
    expect(parseReviewOutcome(outcome)).toEqual(expected);
  });

  it('reads objection reviews and decisions', () => {
    expect(parseObjectionReviewOutcome({ decision: 'uphold', reason: 'Đúng' })).toEqual({
      decision: 'uphold',
      reason: 'Đúng',
    });
    expect(parseDecisionOutcome({ decision: 'refuse', reason: 'Chưa đủ' })).toEqual({
      decision: 'refuse',
      reason: 'Chưa đủ',
    });
    expect(parseDecisionOutcome({ decision: 'approve' })).toEqual({ decision: 'approve' });
  });

  it.each([
    [() => parseReviewOutcome({ decision: 'return', items: [] }), /outcome\.items/],
    [() => parseReviewOutcome({ decision: 'maybe' }), /outcome\.decision/],
    [() => parseDecisionOutcome({ decision: 'refuse' }), /outcome\.reason/],
    [() => parseObjectionReviewOutcome({ decision: 'uphold', extra: 1 }), /outcome\.extra/],
  ])('refuses an outcome its validator would refuse (%#)', (parse, field) => {
    expect(parse).toThrow(field);
  });
});
