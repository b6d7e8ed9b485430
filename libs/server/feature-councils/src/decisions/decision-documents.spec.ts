import { certificateDocument, decisionDocument, type DecisionFacts } from './decision-documents';

const awardee = (position: number, nomineeKind: string): DecisionFacts['awardees'][number] => ({
  position,
  nomineeName: `Người ${position}`,
  nomineeKind,
  nomineeTitle: null,
  unitName: 'UBND xã Cẩm Mỹ',
  awardCode: 'GIAY_KHEN',
  awardName: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã Cẩm Mỹ',
  coefficientThousandths: 300,
  bonusVnd: 760_000,
  achievementsSummary: 'Thành tích xuất sắc',
  registerNumber: 40 + position,
});

const facts = (overrides: Partial<DecisionFacts> = {}): DecisionFacts => ({
  number: '12/QĐ-UBND',
  signedOn: '2026-12-07',
  title: 'Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã Cẩm Mỹ',
  issuerName: 'UBND xã Cẩm Mỹ',
  signerName: 'Nguyễn Văn A',
  ruleSetId: 'VN-2026-10',
  councilMeetingDates: [],
  proposedBy: 'Văn phòng HĐND và UBND xã Cẩm Mỹ',
  citesInitiatives: false,
  baseSalaryVnd: 2_530_000,
  replay: null,
  awardees: [awardee(1, 'individual'), awardee(2, 'individual'), awardee(3, 'household')],
  ...overrides,
});

const text = (model: ReturnType<typeof decisionDocument>) =>
  model.blocks
    .flatMap((block) => {
      if (block.kind === 'paragraph') return [block.text];
      if (block.kind === 'title') return block.lines;
      if (block.kind === 'table') return block.rows.flat();
      if (block.kind === 'header') return [...block.issuer, block.placeAndDate];
      return [];
    })
    .join('\n');

describe('decision documents a clerk would not have to correct', () => {
  it('counts awardees by kind, names the real proposer, dates the file, cites the law of the day', () => {
    const model = decisionDocument(facts());
    const written = text(model);
    expect(model.date).toBe('2026-12-07');
    expect(written).toContain('2 cá nhân và 1 hộ gia đình');
    expect(written).not.toContain('người/tập thể');
    expect(written).toContain('Theo đề nghị của Văn phòng HĐND và UBND xã Cẩm Mỹ.');
    expect(written).toContain('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã Cẩm Mỹ cho');
    expect(written).toContain('Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng');
    expect(written).not.toContain('Nghị định số 98/2023');
    expect(written).not.toContain('BẢN DIỄN TẬP');
  });

  it.each([
    [false, false],
    [true, true],
  ])(
    'cites the initiative decree only when a dossier relies on an initiative (%s)',
    (cites, cited) => {
      expect(
        text(decisionDocument(facts({ citesInitiatives: cites }))).includes(
          'Nghị định số 13/2012/NĐ-CP',
        ),
      ).toBe(cited);
    },
  );

  it('says plainly that a replay has no legal effect, on the decision and on each certificate', () => {
    const replay = facts({
      ruleSetId: 'VN-2024',
      replay: { ruleSetId: 'VN-2024', reason: 'Hồ sơ xử lý lại theo VN-2024.' },
    });
    expect(text(decisionDocument(replay))).toContain('BẢN DIỄN TẬP — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ');
    expect(decisionDocument(replay).title).toContain('bản diễn tập');
    const certificate = certificateDocument(replay, replay.awardees[0]!);
    expect(text(certificate)).toContain('BẢN DIỄN TẬP');
  });

  it('numbers a certificate in the issuer’s register of the year, not by the decision number', () => {
    const written = text(certificateDocument(facts(), facts().awardees[1]!));
    expect(written).toContain('Số sổ vàng: 42/2026.');
    expect(written).not.toContain('12/QĐ-UBND/2');
    expect(written).toContain('GIẤY KHEN');
  });

  it('states the base salary of the signing date, or only the amounts when it is not known for sure', () => {
    expect(text(decisionDocument(facts()))).toContain('mức lương cơ sở 2.530.000 đồng');
    const unknown = text(decisionDocument(facts({ baseSalaryVnd: null })));
    expect(unknown).not.toContain('mức lương cơ sở');
    expect(unknown).toContain('tổng số tiền thưởng');
  });

  it('Điều 3 names only the kinds of nominee the decision awards', () => {
    expect(text(decisionDocument(facts()))).toContain(
      'và các cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm',
    );
    const one = text(decisionDocument(facts({ awardees: [awardee(1, 'individual')] })));
    expect(one).toContain('và cá nhân có tên tại Điều 1');
    expect(one).not.toContain('tập thể có tên');
  });
});
