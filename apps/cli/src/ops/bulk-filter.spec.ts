import { InvalidArgumentError } from 'commander';
import { parseFilter } from './bulk.command';

describe('tdkt bulk --filter', () => {
  it('turns key=value pairs into the API filter', () => {
    expect(parseFilter('reason=activity-retrying, stage=UNIT_REVIEW,year=2024,age=2d')).toEqual({
      reason: 'activity-retrying',
      stage: 'UNIT_REVIEW',
      year: 2024,
      age: '2d',
    });
    expect(parseFilter('')).toEqual({});
  });

  it('refuses unknown keys and empty values', () => {
    expect(() => parseFilter('colour=red')).toThrow(InvalidArgumentError);
    expect(() => parseFilter('reason=')).toThrow(/key=value/);
  });
});
