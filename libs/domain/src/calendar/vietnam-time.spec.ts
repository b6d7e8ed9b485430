import { vietnamDateTimeText, vietnamInstant, vietnamIsoText } from './vietnam-time';

describe('Vietnam time', () => {
  it.each([
    ['2024-12-16T08:00', '2024-12-16T01:00:00.000Z'],
    ['2024-12-16 08:00', '2024-12-16T01:00:00.000Z'],
    ['2024-12-16T06:30:15', '2024-12-15T23:30:15.000Z'],
    ['2024-12-16T08:00:00+07:00', '2024-12-16T01:00:00.000Z'],
    ['2024-12-16T01:00:00Z', '2024-12-16T01:00:00.000Z'],
    ['2024-12-16T08:00:00.000+0700', '2024-12-16T01:00:00.000Z'],
  ])('reads %s as %s', (text, instant) => {
    expect(vietnamInstant(text)).toBe(instant);
  });

  it.each(['2024-02-30T08:00', '2024-12-16T25:00', '16/12/2024 08:00', '2024-12-16', 'tomorrow'])(
    'refuses %s',
    (text) => {
      expect(vietnamInstant(text)).toBeNull();
    },
  );

  it('writes instants in Vietnam time, across midnight UTC', () => {
    expect(vietnamDateTimeText('2024-12-15T23:30:00Z')).toBe('16/12/2024 06:30');
    expect(vietnamIsoText('2024-12-15T23:30:00Z')).toBe('2024-12-16T06:30:00+07:00');
  });
});
