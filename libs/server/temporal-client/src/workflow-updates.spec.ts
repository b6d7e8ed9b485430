import { updateIdOf } from './workflow-updates';

describe('updateIdOf', () => {
  const completion = {
    taskKey: 'review:district#1',
    actor: { userId: 'u-1', roles: ['REVIEWER'] },
    outcome: { decision: 'return', items: [{ item: 'BIEN_BAN', reason: 'Thiếu' }] },
  };

  it('gives the same request the same id, whatever the order of its fields', () => {
    const reordered = {
      outcome: { items: [{ reason: 'Thiếu', item: 'BIEN_BAN' }], decision: 'return' },
      actor: { roles: ['REVIEWER'], userId: 'u-1' },
      taskKey: 'review:district#1',
    };
    expect(updateIdOf('completeTask', [completion], { scope: 't-1' })).toBe(
      updateIdOf('completeTask', [reordered], { scope: 't-1' }),
    );
    expect(updateIdOf('completeTask', [completion])).toMatch(/^completeTask:[0-9a-f]{64}$/);
  });

  it.each<[string, unknown[], Parameters<typeof updateIdOf>[2]]>([
    ['another outcome', [{ ...completion, outcome: { decision: 'accept' } }], { scope: 't-1' }],
    [
      'another person',
      [{ ...completion, actor: { userId: 'u-2', roles: ['REVIEWER'] } }],
      { scope: 't-1' },
    ],
    ['another task', [completion], { scope: 't-2' }],
    ['an Idempotency-Key', [completion], { scope: 't-1', idempotencyKey: 'retry-0001' }],
  ])('gives a different id to %s', (_name, args, identity) => {
    expect(updateIdOf('completeTask', args, identity)).not.toBe(
      updateIdOf('completeTask', [completion], { scope: 't-1' }),
    );
  });

  it('identifies a request by what it names as the request when the arguments carry more', () => {
    const change = (requestId: string) => ({ item: { key: 'a' }, actorId: 'u-1', requestId });
    const id = (requestId: string) =>
      updateIdOf('addPlanItem', [change(requestId)], {
        request: { item: change(requestId).item, actorId: 'u-1' },
      });
    expect(id('r-1')).toBe(id('r-2'));
    expect(updateIdOf('addPlanItem', [change('r-1')])).not.toBe(
      updateIdOf('addPlanItem', [change('r-2')]),
    );
  });
});
