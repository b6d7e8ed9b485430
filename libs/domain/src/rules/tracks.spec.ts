import type { AwardCode } from '../awards/codes';
import { getRuleSet } from './registry';
import { dossierProcedure, type DossierProcedure } from './tracks';
import type { DossierTrack } from './types';

describe('dossier procedure by award and rule set', () => {
  // Law 06/2022/QH15 Art. 85 provides the simplified procedure for ad-hoc awards; its limits (5 + 5
  // working days) are project defaults and skipping disclosure is unconfirmed (docs/rules.md).
  it.each<[string, string, AwardCode, DossierTrack, Omit<DossierProcedure, 'track'>]>([
    [
      'Luật 06/2022 Art. 85 + project default: ad-hoc Giấy khen, simplified, no disclosure',
      'VN-2025-07',
      'GIAY_KHEN_DOT_XUAT',
      'ad-hoc',
      { simplified: true, reviewWorkingDays: 5, decisionWorkingDays: 5, publicDisclosure: false },
    ],
    [
      'Luật 06/2022 Art. 85 + project default: ad-hoc provincial Bằng khen under the 2024 rules',
      'VN-2024',
      'BANG_KHEN_TINH_DOT_XUAT',
      'ad-hoc',
      { simplified: true, reviewWorkingDays: 5, decisionWorkingDays: 5, publicDisclosure: false },
    ],
    [
      'Luật 06/2026/QH16 (unconfirmed): thematic Bằng khen takes the simplified procedure',
      'VN-2026-10',
      'BANG_KHEN_TINH_CHUYEN_DE',
      'thematic',
      { simplified: true, reviewWorkingDays: 5, decisionWorkingDays: 5, publicDisclosure: false },
    ],
    [
      'QĐ 638/QĐ-BNV II.B(4) + Luật 06/2022 Art. 84: periodic LĐTT, 20 days and disclosure',
      'VN-2025-07',
      'LDTT',
      'periodic',
      {
        simplified: false,
        reviewWorkingDays: 20,
        decisionWorkingDays: null,
        publicDisclosure: true,
      },
    ],
    [
      'Luật 06/2022 Art. 21 + QĐ 311/QĐ-BNV XIV: CSTĐ toàn quốc is proposed to the centre',
      'VN-2026-10',
      'CSTD_TOAN_QUOC',
      'central',
      {
        simplified: false,
        reviewWorkingDays: 20,
        decisionWorkingDays: null,
        publicDisclosure: true,
      },
    ],
    [
      'Luật 06/2022 Art. 71 (standards not read): Bằng khen Thủ tướng is proposed to the centre',
      'VN-2025-07',
      'BANG_KHEN_THU_TUONG',
      'central',
      {
        simplified: false,
        reviewWorkingDays: 20,
        decisionWorkingDays: null,
        publicDisclosure: true,
      },
    ],
    [
      'Luật 06/2022 Art. 25 (standards not read): Cờ thi đua Chính phủ is proposed to the centre',
      'VN-2026-10',
      'CO_THI_DUA_CHINH_PHU',
      'central',
      {
        simplified: false,
        reviewWorkingDays: 20,
        decisionWorkingDays: null,
        publicDisclosure: true,
      },
    ],
  ])('%s', (_source, ruleSetId, awardCode, track, expected) => {
    expect(dossierProcedure(getRuleSet(ruleSetId), awardCode)).toEqual({ track, ...expected });
  });

  it('every award the Prime Minister decides is on the central track', () => {
    for (const id of ['VN-2024', 'VN-2025-07', 'VN-2026-10']) {
      for (const award of Object.values(getRuleSet(id).awards)) {
        const central =
          award?.deciding.kind === 'fixed' && award.deciding.authority.level === 'national';
        expect([award?.code, award?.track === 'central']).toEqual([award?.code, central]);
      }
    }
  });

  it('a provincial profile keeps the simplified procedure of its rule set', () => {
    expect(dossierProcedure(getRuleSet('VN-2026-10+DN'), 'GIAY_KHEN_DOT_XUAT')).toMatchObject({
      simplified: true,
      reviewWorkingDays: 5,
    });
  });

  it('every rule set says where its simplified procedure comes from and how sure it is', () => {
    for (const id of ['VN-2024', 'VN-2025-07', 'VN-2026-10']) {
      const rule = getRuleSet(id).simplifiedProcedure;
      expect(rule.legalRef.article).toBeTruthy();
      expect(Object.values(rule.sources).map((source) => source.status)).not.toContain('confirmed');
    }
  });
});
