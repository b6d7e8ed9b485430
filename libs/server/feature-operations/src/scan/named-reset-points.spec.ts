import { namedResetPoints } from './inspect-workflow/inspect-workflow.use-case';

describe('reset points named after what the workflow had done', () => {
  const timeline = [
    { type: 'dossier.submitted', at: '2024-12-16T01:00:00.100Z' },
    { type: 'review.accepted', at: '2024-12-16T03:00:00.000Z' },
  ];

  it('names each point after the last timeline entry before it, or the start', () => {
    const points = namedResetPoints(
      [
        { eventId: 4, at: new Date('2024-12-16T01:00:00.000Z') },
        { eventId: 9, at: new Date('2024-12-16T01:00:00.200Z') },
        { eventId: 15, at: new Date('2024-12-16T03:00:00.050Z') },
        { eventId: 20, at: null },
      ],
      timeline,
    );
    expect(points.map((point) => [point.eventId, point.label.vi, point.label.en])).toEqual([
      [4, 'Lúc bắt đầu', 'At the start'],
      [9, 'Sau «Nộp hồ sơ»', 'After «Submitted»'],
      [15, 'Sau «Thẩm định đạt»', 'After «Review accepted»'],
      [20, 'Bước thứ 4 của quy trình', 'Workflow step 4'],
    ]);
    expect(points[1]!.at).toBe('2024-12-16T01:00:00.200Z');
  });
});
