import { AppError } from '@tdkt/contracts';
import { assertRenderable } from './store-document';

describe('assertRenderable', () => {
  const model = (text: string) => ({
    title: 'Quyết định khen thưởng',
    date: '2026-12-07',
    blocks: [
      { kind: 'title' as const, lines: ['QUYẾT ĐỊNH'] },
      {
        kind: 'table' as const,
        columns: [{ title: 'Họ tên', width: 1 }],
        rows: [['Nguyễn Văn A'], [text]],
      },
    ],
  });

  it('lets Vietnamese text, tabs and line breaks through', () => {
    expect(() => assertRenderable(model('Trường Tiểu học\tLê Lợi\r\n— đạt 🎉'))).not.toThrow();
  });

  it.each([
    ['a vertical tab', 'Trường\u000BLê Lợi'],
    ['NUL', 'x\u0000'],
    ['a lone surrogate', '\uD800'],
  ])('refuses %s, naming where it is', (_name, text) => {
    let error: unknown;
    try {
      assertRenderable(model(text));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'DOCUMENT_TEXT_NOT_RENDERABLE',
      errors: [expect.objectContaining({ field: 'blocks[1].rows[1][0]' })],
    });
  });
});
