import { adjustmentsFrom, type EnteredScores } from './review-adjustments';

describe('adjustmentsFrom', () => {
  const members = [
    { unitId: 'a', selfScores: { KT: 40, XH: 30 } },
    { unitId: 'b', selfScores: null },
  ];
  it.each<{
    name: string;
    entered: EnteredScores;
    expected: Record<string, Record<string, number>>;
  }>([
    { name: 'nothing changed', entered: { a: { KT: 40, XH: 30 } }, expected: {} },
    {
      name: 'a score lowered',
      entered: { a: { KT: 38, XH: 30 } },
      expected: { a: { KT: 38, XH: 30 } },
    },
    {
      name: 'a member that missed its deadline scored by the meeting',
      entered: { a: { KT: 40, XH: 30 }, b: { KT: 20, XH: 10 } },
      expected: { b: { KT: 20, XH: 10 } },
    },
    {
      name: 'a half-filled member is sent as entered, for the engine to name the blank',
      entered: { a: { KT: 40, XH: null } },
      expected: { a: { KT: 40 } },
    },
    { name: 'an untouched blank member', entered: { b: { KT: undefined } }, expected: {} },
  ])('$name', ({ entered, expected }) => {
    expect(adjustmentsFrom(members, entered)).toEqual(expected);
  });
});
