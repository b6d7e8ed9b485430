import { OTHER_ITEM, reviewOutcome } from './task-outcomes';

describe('the review outcome the API takes', () => {
  it('accepts, with a note when there is one', () => {
    expect(reviewOutcome({ decision: 'accept', note: '  ' })).toEqual({ decision: 'accept' });
    expect(reviewOutcome({ decision: 'accept', note: ' Đạt ' })).toEqual({
      decision: 'accept',
      note: 'Đạt',
    });
  });

  it('returns with the items to supplement (a document, or the reviewer’s own words) and a deadline', () => {
    expect(
      reviewOutcome({
        decision: 'return',
        items: [
          { item: 'BIEN_BAN_BINH_XET', reason: ' Thiếu chữ ký ' },
          { item: OTHER_ITEM, other: ' Ảnh chân dung ', reason: 'Cần ảnh 3x4' },
        ],
        deadlineWorkingDays: 5,
      }),
    ).toEqual({
      decision: 'return',
      items: [
        { item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu chữ ký' },
        { item: 'Ảnh chân dung', reason: 'Cần ảnh 3x4' },
      ],
      deadlineWorkingDays: 5,
    });
  });

  it('rejects with its reason', () => {
    expect(reviewOutcome({ decision: 'reject', reason: ' Không đủ tiêu chuẩn ' })).toEqual({
      decision: 'reject',
      reason: 'Không đủ tiêu chuẩn',
    });
  });
});
