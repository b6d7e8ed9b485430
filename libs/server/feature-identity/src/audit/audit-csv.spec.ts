import type { AuditRecordView } from './audit-record';
import { auditCsvHeader, auditCsvLine, csvCell } from './audit-csv';

describe('audit CSV', () => {
  it.each([
    [null, ''],
    ['plain', 'plain'],
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [{ stage: 'SUBMITTED', n: 1 }, '"{""stage"":""SUBMITTED"",""n"":1}"'],
    [42, '42'],
  ])('writes %p as %p', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a header with a byte-order mark and one CRLF line per record, columns aligned', () => {
    const record: AuditRecordView = {
      id: '7',
      occurredAt: '2024-03-01T02:00:00.000Z',
      actorKind: 'user',
      actorId: 'u-1',
      actorUsername: 'demo.admin',
      actorRole: 'ADMIN',
      actorUnitId: 'unit-p',
      unitId: 'unit-s',
      unitCode: 'DN-CM-TH-LG',
      action: 'unit.created',
      entityType: 'unit',
      entityId: 'unit-s',
      requestId: 'req-1',
      workflowId: null,
      before: null,
      after: { code: 'DN-CM-TH-LG' },
    };
    const header = auditCsvHeader();
    const line = auditCsvLine(record);

    expect(header.startsWith('\uFEFFid,occurredAt,')).toBe(true);
    expect(header.endsWith('\r\n')).toBe(true);
    expect(line).toBe(
      '7,2024-03-01T02:00:00.000Z,user,u-1,demo.admin,ADMIN,unit-p,unit-s,DN-CM-TH-LG,unit.created,unit,unit-s,req-1,,,"{""code"":""DN-CM-TH-LG""}"\r\n',
    );
    expect(header.split(',')).toHaveLength(line.split(',').length);
  });
});
