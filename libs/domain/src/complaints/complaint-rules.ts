import type { IsoDate } from '../calendar/iso-date';
import { deepFreeze } from '../shared/deep-freeze';
import type { LegalSource } from '../shared/legal-source';

/** A time limit of the Law on Complaints, in calendar days ("ngày", not "ngày làm việc"), with its source. */
export interface ComplaintLimit {
  readonly days: number;
  readonly source: LegalSource;
}

/** The settlement limits of one instance: normal, complex, remote area, remote and complex. */
export interface SettlementLimits {
  readonly normal: ComplaintLimit;
  readonly complex: ComplaintLimit;
  readonly remote: ComplaintLimit;
  readonly remoteComplex: ComplaintLimit;
}

/** The complaint time limits in force from a date (Luật Khiếu nại and the laws amending it). */
export interface ComplaintRules {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  /** Art. 9: time to complain, from receiving or learning of the decision; obstacle time is not counted. */
  readonly filing: ComplaintLimit;
  /** Art. 27 (first instance) and Art. 36 (second): time to accept (thụ lý) or refuse with reasons. */
  readonly acceptance: ComplaintLimit;
  /** Art. 28: time to settle a first complaint, from its acceptance. */
  readonly firstInstance: SettlementLimits;
  /** Art. 33: time to bring a second complaint, from the first decision (or the lapse of its limit). */
  readonly secondComplaintWindow: {
    readonly normal: ComplaintLimit;
    readonly remote: ComplaintLimit;
  };
  /** Art. 37: time to settle a second complaint, from its acceptance. */
  readonly secondInstance: SettlementLimits;
}

const TVPL_ART_27_28 =
  'https://thuvienphapluat.vn/phap-luat/thoi-gian-thu-ly-don-khieu-nai-va-thoi-gian-giai-quyet-don-khieu-nai-toi-da-la-bao-lau-theo-quy-din-130377-4816.html';
const HCMC_TTHC_ART_28_37 = 'https://dost.hochiminhcity.gov.vn/thu-tuc-hanh-chinh/?q=+&linhvuc=10';
const LAW_02_2011 = 'Luật Khiếu nại 02/2011/QH13';

function law2011(article: string, url: string, status: 'confirmed' | 'unconfirmed', note?: string) {
  return {
    document: LAW_02_2011,
    article,
    issuedOn: '2011-11-11',
    issuer: 'Quốc hội',
    url,
    status,
    ...(note === undefined ? {} : { note }),
  } satisfies LegalSource;
}

const ART_28 = law2011(
  '28',
  HCMC_TTHC_ART_28_37,
  'confirmed',
  'Quoted by the HCMC Department of Science and Technology TTHC page and verbatim by thuvienphapluat.',
);
const ART_37 = law2011(
  '37',
  HCMC_TTHC_ART_28_37,
  'confirmed',
  'Quoted by the HCMC Department of Science and Technology TTHC page.',
);
const ART_33 = law2011(
  '33',
  'https://luatsugiadinh.net.vn/n392/luat-su-chuyen-soan-don-khoi-kienkhieu-nai.htm',
  'unconfirmed',
  'Read only on law-firm pages.',
);

/** Luật Khiếu nại 2011 (in force 1/7/2012; consolidated VBHN 03/VBHN-VPQH 2021). */
const COMPLAINTS_LAW_2011: ComplaintRules = {
  id: 'complaints-2011',
  effectiveFrom: '2012-07-01',
  filing: {
    days: 90,
    source: law2011(
      '9',
      'https://khdlaw.vn/thoi-hieu-khieu-nai-theo-quy-dinh-phap-luat/',
      'unconfirmed',
      'Quoted verbatim by law firms (khdlaw.vn, luatsugiadinh.net.vn); the official text was not read, so a late complaint is warned about, never refused.',
    ),
  },
  acceptance: { days: 10, source: law2011('27', TVPL_ART_27_28, 'confirmed') },
  firstInstance: {
    normal: { days: 30, source: ART_28 },
    complex: { days: 45, source: ART_28 },
    remote: { days: 45, source: ART_28 },
    remoteComplex: { days: 60, source: ART_28 },
  },
  secondComplaintWindow: {
    normal: { days: 30, source: ART_33 },
    remote: { days: 45, source: ART_33 },
  },
  secondInstance: {
    normal: { days: 45, source: ART_37 },
    complex: { days: 60, source: ART_37 },
    remote: { days: 60, source: ART_37 },
    remoteComplex: { days: 70, source: ART_37 },
  },
};

/**
 * From 1/7/2026 the Law as amended by Law 136/2025/QH15 (passed 10/12/2025). Its text could not be
 * read: no report found says the limits changed, so the 2011 figures are kept, every one unconfirmed.
 */
function amendedBy136(limit: ComplaintLimit): ComplaintLimit {
  return {
    days: limit.days,
    source: {
      ...limit.source,
      document: `${LAW_02_2011}, amended by Luật 136/2025/QH15`,
      status: 'unconfirmed',
      url: 'https://xaydungchinhsach.chinhphu.vn/print/gioi-thieu-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-tiep-cong-dan-luat-khieu-nai-luat-to-cao-119260123151937995.htm',
      note: 'Law 136/2025/QH15 (in force 1/7/2026) amends five articles of the Law on Complaints; its text was not read and no report says this limit changed: the 2011 figure is kept, unconfirmed.',
    },
  };
}

function mapLimits(limits: SettlementLimits): SettlementLimits {
  return {
    normal: amendedBy136(limits.normal),
    complex: amendedBy136(limits.complex),
    remote: amendedBy136(limits.remote),
    remoteComplex: amendedBy136(limits.remoteComplex),
  };
}

const COMPLAINTS_LAW_2026: ComplaintRules = {
  id: 'complaints-2026-07',
  effectiveFrom: '2026-07-01',
  filing: amendedBy136(COMPLAINTS_LAW_2011.filing),
  acceptance: amendedBy136(COMPLAINTS_LAW_2011.acceptance),
  firstInstance: mapLimits(COMPLAINTS_LAW_2011.firstInstance),
  secondComplaintWindow: {
    normal: amendedBy136(COMPLAINTS_LAW_2011.secondComplaintWindow.normal),
    remote: amendedBy136(COMPLAINTS_LAW_2011.secondComplaintWindow.remote),
  },
  secondInstance: mapLimits(COMPLAINTS_LAW_2011.secondInstance),
};

/** Every version of the complaint limits, oldest first. */
export const COMPLAINT_RULES: readonly ComplaintRules[] = deepFreeze([
  COMPLAINTS_LAW_2011,
  COMPLAINTS_LAW_2026,
]);

/** The limits in force on a date (the latest version that took effect on or before it). */
export function complaintRulesOn(date: IsoDate): ComplaintRules {
  const inForce = COMPLAINT_RULES.filter((rules) => rules.effectiveFrom <= date).at(-1);
  return inForce ?? COMPLAINTS_LAW_2011;
}

export function complaintRulesById(id: string): ComplaintRules | undefined {
  return COMPLAINT_RULES.find((rules) => rules.id === id);
}
