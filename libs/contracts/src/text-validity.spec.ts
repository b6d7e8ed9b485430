import fc from 'fast-check';
import {
  escapeInvalidCharacters,
  findInvalidCharacter,
  invalidTextFields,
  type TextRule,
} from './text-validity';

describe('text validity', () => {
  it.each<[string, string, { rule: TextRule; index: number; codeUnit: number } | null]>([
    ['plain Vietnamese', 'Nguyễn Thị Lan — Giáo viên dạy giỏi', null],
    ['tab, line feed and carriage return', 'a\tb\nc\r\nd', null],
    ['an emoji (a surrogate pair)', 'khen 🎉 thưởng', null],
    ['U+FFFD, the replacement character', 'a\uFFFDb', null],
    ['C1 controls and DEL (XML 1.0 allows them)', 'a\u007F\u0085b', null],
    ['NUL', 'ab\u0000c', { rule: 'noControlCharacters', index: 2, codeUnit: 0 }],
    [
      'a vertical tab pasted from Word',
      'x\u000By',
      { rule: 'noControlCharacters', index: 1, codeUnit: 0x0b },
    ],
    ['a form feed', '\u000C', { rule: 'noControlCharacters', index: 0, codeUnit: 0x0c }],
    ['ESC', 'a\u001B', { rule: 'noControlCharacters', index: 1, codeUnit: 0x1b }],
    [
      'a lone high surrogate',
      'a\uD800b',
      { rule: 'wellFormedUnicode', index: 1, codeUnit: 0xd800 },
    ],
    [
      'a high surrogate at the end',
      'ab\uDBFF',
      { rule: 'wellFormedUnicode', index: 2, codeUnit: 0xdbff },
    ],
    ['a lone low surrogate', '\uDC00x', { rule: 'wellFormedUnicode', index: 0, codeUnit: 0xdc00 }],
    [
      'swapped surrogates',
      '\uDE00\uD83D',
      { rule: 'wellFormedUnicode', index: 0, codeUnit: 0xde00 },
    ],
    ['U+FFFE', 'a\uFFFE', { rule: 'noNoncharacters', index: 1, codeUnit: 0xfffe }],
    ['U+FFFF', '\uFFFF', { rule: 'noNoncharacters', index: 0, codeUnit: 0xffff }],
  ])('%s', (_name, text, expected) => {
    expect(findInvalidCharacter(text)).toEqual(expected);
  });

  it('finds nothing in any well-formed text without the refused characters, and always finds one inserted', () => {
    const refused = ['\u0000', '\u000B', '\u001F', '\uD800', '\uDFFF', '\uFFFE'];
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme' })
          .filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)),
        fc.nat(),
        fc.constantFrom(...refused),
        (text, at, bad) => {
          expect(findInvalidCharacter(text)).toBeNull();
          const cut = at % (text.length + 1);
          // Never split a surrogate pair when inserting.
          const index = /[\uDC00-\uDFFF]/.test(text[cut] ?? '') ? cut - 1 : cut;
          const poisoned = `${text.slice(0, index)}${bad}${text.slice(index)}`;
          expect(findInvalidCharacter(poisoned)?.index).toBe(index);
        },
      ),
    );
  });

  it('names every bad value and key of a JSON body by its path, escaping bad keys', () => {
    const body = JSON.parse(
      '{"description":"a\\u0000b","nominee":{"name":"ok","ti\\u000btle":"ok"},"items":[{"title":"x"},{"title":"\\ud800"}],"n":5}',
    ) as unknown;
    expect(invalidTextFields(body).map((error) => [error.field, error.rule])).toEqual([
      ['description', 'noControlCharacters'],
      ['nominee.ti\\u000Btle', 'noControlCharacters'],
      ['items[1].title', 'wellFormedUnicode'],
    ]);
    expect(invalidTextFields('\u0000')[0]?.field).toBe('body');
    expect(invalidTextFields({ ok: ['a', 1, null, true] })).toEqual([]);
  });

  it('says which character, where, and what to do, in Vietnamese and English', () => {
    const [error] = invalidTextFields({ reason: 'Lý do\u000B' });
    expect(error?.message.vi).toContain('U+000B');
    expect(error?.message.vi).toContain('vị trí 6');
    expect(error?.message.en).toContain('a control character');
    expect(escapeInvalidCharacters('a\u0000\uD800b')).toBe('a\\u0000\\uD800b');
  });
});
