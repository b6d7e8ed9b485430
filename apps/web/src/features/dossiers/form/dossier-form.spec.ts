import { DOCUMENTS, ruleSetInForce } from '@tdkt/domain';
import type { Schemas } from '../../../api/client';
import {
  type DossierFormValues,
  emptyForm,
  kindFor,
  missingDocuments,
  requirementsFor,
  toDossierBody,
  toEligibilityRequest,
} from './dossier-form';

/** The award catalog as GET /api/v1/awards answers it, from the real rule set of the demo period. */
function catalog(asOf: string): Schemas['AwardDto'][] {
  return Object.values(ruleSetInForce(asOf).awards).map((award) => ({
    ...award,
    documents: award.documents.map((code) => DOCUMENTS[code]),
  })) as unknown as Schemas['AwardDto'][];
}

const awards2024 = catalog('2024-12-16');
const award = (code: string) => {
  const found = awards2024.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no award ${code}`);
  return found;
};

describe('the new-dossier form follows the award', () => {
  it.each([
    // award, nominee kind, record sections asked, documents required
    ['LDTT', 'individual', ['registration', 'ratings'], 3],
    ['CSTDCS', 'individual', ['registration', 'ratings', 'titles', 'initiatives'], 5],
    ['CSTD_TINH', 'individual', ['registration', 'titles', 'initiatives'], 5],
    ['TTLDTT', 'collective', ['registration', 'ratings', 'memberStats'], 3],
    ['CO_THI_DUA_TINH', 'collective', ['registration', 'ratings', 'clusterLeader'], 4],
    ['GIAY_KHEN', 'individual', ['ratings'], 3],
    ['GIAY_KHEN_DOT_XUAT', 'individual', [], 2],
  ] as const)(
    '%s for a nominee who is %s asks for %j and %d documents',
    (code, kind, sections, documents) => {
      const requirements = requirementsFor(award(code), kind);
      expect(requirements.sections).toEqual(sections);
      expect(requirements.documents).toHaveLength(documents);
    },
  );

  it('asks for the documents of the rule set, by their legal names', () => {
    expect(requirementsFor(award('CSTDCS'), 'individual').documents.map((doc) => doc.code)).toEqual(
      [
        'TO_TRINH',
        'BAO_CAO_THANH_TICH',
        'BIEN_BAN_BINH_XET',
        'KET_QUA_BO_PHIEU',
        'CHUNG_NHAN_SANG_KIEN',
      ],
    );
  });

  it('keeps the kind of nominee the award allows, switching a collective title back to its kind', () => {
    expect(kindFor(award('CSTDCS'), 'collective')).toBe('individual');
    expect(kindFor(award('TTLDTT'), 'individual')).toBe('collective');
    expect(kindFor(award('GIAY_KHEN'), 'collective')).toBe('collective');
  });

  it('lists the required documents no file answers yet', () => {
    const documents = requirementsFor(award('LDTT'), 'individual').documents;
    expect(
      missingDocuments([...documents], [{ documentCode: 'TO_TRINH' }, { documentCode: null }]),
    ).toEqual(documents.map((doc) => doc.code).filter((code) => code !== 'TO_TRINH'));
  });
});

describe('what the form sends', () => {
  const filled: DossierFormValues = {
    awardCode: 'CSTDCS',
    year: 2024,
    nominee: {
      kind: 'individual',
      name: '  Nguyễn Thị Lan ',
      position: 'Giáo viên',
      gender: 'female',
    },
    achievementsSummary: ' Giáo viên dạy giỏi cấp huyện ',
    record: {
      registered: true,
      ratings: [{ year: 2024, rating: 'HTXS' }, { year: 2023 }],
      titles: [{ year: 2023, code: 'LDTT' }],
      initiatives: [{ recognizedOn: '2024-05-20', scope: 'unit' }, { scope: 'province' }],
    },
  };

  it('creates the dossier with the trimmed fields the API takes, and nothing of the record', () => {
    expect(toDossierBody(filled, 'unit-1')).toEqual({
      year: 2024,
      awardCode: 'CSTDCS',
      proposingUnitId: 'unit-1',
      nominee: {
        kind: 'individual',
        name: 'Nguyễn Thị Lan',
        position: 'Giáo viên',
        gender: 'female',
      },
      achievementsSummary: 'Giáo viên dạy giỏi cấp huyện',
    });
  });

  it('drops an individual’s particulars from a collective', () => {
    const collective = toDossierBody(
      {
        ...filled,
        nominee: { kind: 'collective', name: 'Tổ Toán', position: 'x', birthYear: 1980 },
      },
      'unit-1',
    );
    expect(collective.nominee).toEqual({ kind: 'collective', name: 'Tổ Toán' });
  });

  it('pre-checks under the rule set, date and level a submission would use, with the complete rows only', () => {
    const request = toEligibilityRequest(filled, {
      rulesDate: '2024-12-16',
      ruleSetId: 'VN-2024',
      proposingLevel: 'district',
    });
    expect(request).toEqual({
      awardCode: 'CSTDCS',
      asOf: '2024-12-16',
      ruleSetId: 'VN-2024',
      awardYear: 2024,
      nominee: {
        kind: 'individual',
        unitLevel: 'district',
        ratings: [{ year: 2024, rating: 'HTXS' }],
        titles: [{ year: 2023, code: 'LDTT' }],
        initiatives: [{ id: 'form-1', recognizedOn: '2024-05-20', scope: 'unit' }],
        registeredFor: ['CSTDCS'],
        disciplinePending: false,
        inspectionPending: false,
      },
    });
  });

  it('pre-checks nothing before an award is chosen', () => {
    expect(
      toEligibilityRequest(emptyForm(2024), {
        rulesDate: '2024-12-16',
        ruleSetId: 'VN-2024',
        proposingLevel: 'district',
      }),
    ).toBeNull();
  });
});
