import type { LocalizedText } from '../shared/localized-text';
import type { NomineeKind } from './codes';

/** The categories of a nominee that statistics count, as a dossier states them. */
export interface NomineeCategories {
  readonly kind: NomineeKind;
  readonly gender?: 'female' | 'male';
  readonly directWorker?: boolean;
  readonly ethnicMinority?: boolean;
  readonly leaderOrManager?: boolean;
}

type Category = 'gender' | 'directWorker' | 'ethnicMinority' | 'leaderOrManager';

/**
 * Which nominees a category describes: a person's gender and post are an individual's; a household
 * may be farmers (direct workers) or of an ethnic minority; a collective has none of them (its remote
 * area is its unit's).
 */
const CATEGORY_KINDS: Readonly<Record<Category, readonly NomineeKind[]>> = {
  gender: ['individual'],
  leaderOrManager: ['individual'],
  directWorker: ['individual', 'household'],
  ethnicMinority: ['individual', 'household'],
};

const CATEGORY_NAMES: Readonly<Record<Category, LocalizedText>> = {
  gender: { vi: 'Giới tính', en: 'Gender' },
  leaderOrManager: { vi: 'Lãnh đạo, quản lý', en: 'Leader or manager' },
  directWorker: { vi: 'Người lao động trực tiếp', en: 'Direct worker' },
  ethnicMinority: { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
};

const KIND_NAMES: Readonly<Record<NomineeKind, LocalizedText>> = {
  individual: { vi: 'cá nhân', en: 'individuals' },
  collective: { vi: 'tập thể', en: 'collectives' },
  household: { vi: 'hộ gia đình', en: 'households' },
};

/** A category stated for a kind of nominee it does not describe, as a field, a rule and a message. */
export interface NomineeCategoryIssue {
  readonly field: string;
  readonly rule: 'category-fits-kind';
  readonly message: LocalizedText;
}

/** The categories a dossier states that its kind of nominee cannot have (e.g. a collective's gender). */
export function nomineeCategoryIssues(
  nominee: NomineeCategories,
  prefix = 'nominee',
): NomineeCategoryIssue[] {
  return (Object.keys(CATEGORY_KINDS) as Category[])
    .filter((category) => nominee[category] !== undefined)
    .filter((category) => !CATEGORY_KINDS[category].includes(nominee.kind))
    .map((category) => {
      const allowed = CATEGORY_KINDS[category];
      return {
        field: `${prefix}.${category}`,
        rule: 'category-fits-kind',
        message: {
          vi: `"${CATEGORY_NAMES[category].vi}" chỉ ghi cho ${allowed.map((kind) => KIND_NAMES[kind].vi).join(', ')}, không ghi cho ${KIND_NAMES[nominee.kind].vi}.`,
          en: `"${CATEGORY_NAMES[category].en}" applies to ${allowed.map((kind) => KIND_NAMES[kind].en).join(', ')} only, not to ${KIND_NAMES[nominee.kind].en}.`,
        },
      };
    });
}
