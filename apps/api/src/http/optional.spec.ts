import { plainToInstance } from 'class-transformer';
import { IsArray, IsOptional, IsString, validateSync } from 'class-validator';
import { Optional } from './optional';

class MarkRead {
  @Optional()
  @IsArray()
  ids?: string[];

  @IsOptional()
  @IsString()
  note?: string | null;
}

const rulesBroken = (body: object) =>
  validateSync(plainToInstance(MarkRead, body)).flatMap((error) => [
    `${error.property}: ${Object.keys(error.constraints ?? {}).join(',')}`,
  ]);

describe('Optional', () => {
  it.each<[string, object, string[]]>([
    ['a field left out', {}, []],
    ['a field sent', { ids: ['a'] }, []],
    ['a null where a list is expected', { ids: null }, ['ids: isArray']],
    ['a wrong type', { ids: 'a' }, ['ids: isArray']],
    ['a null on a field that takes null (IsOptional)', { note: null }, []],
  ])('%s', (_name, body, expected) => {
    expect(rulesBroken(body)).toEqual(expected);
  });
});
