import type { Schemas } from '../../../api/client';

type Award = Schemas['AwardDto'];
export type NomineeKind = 'individual' | 'collective' | 'household';
export type Rating = 'HTXS' | 'HTTNV' | 'HTNV' | 'KHTNV';
export type InitiativeScope = 'unit' | 'province' | 'national';

/** Yearly task-completion ratings, best first (Nghị định 90/2020 and its successors). */
export const RATINGS: readonly Rating[] = ['HTXS', 'HTTNV', 'HTNV', 'KHTNV'];
export const INITIATIVE_SCOPES: readonly InitiativeScope[] = ['unit', 'province', 'national'];

/** The nominee's record the eligibility rules look at; asked only for what the award's criteria need. */
export interface NomineeRecord {
  ratings?: { year?: number; rating?: Rating }[];
  titles?: { year?: number; code?: string }[];
  initiatives?: { recognizedOn?: string; scope?: InitiativeScope }[];
  registered?: boolean;
  disciplinePending?: boolean;
  inspectionPending?: boolean;
  memberStats?: {
    members?: number;
    ldttMembers?: number;
    completedTasksMembers?: number;
    cstdcsMembers?: number;
    disciplinedMembers?: number;
  };
  leadsEmulationCluster?: boolean;
}

/** The new-dossier form; its shape follows the API's body so that refusals land on their fields. */
export interface DossierFormValues {
  awardCode?: string;
  year?: number;
  nominee: {
    kind?: NomineeKind;
    name?: string;
    position?: string;
    gender?: 'female' | 'male';
    birthYear?: number;
  };
  achievementsSummary?: string;
  record: NomineeRecord;
}

/** Parts of the record form, each shown only when the award's criteria read it. */
export type RecordSection =
  'ratings' | 'titles' | 'initiatives' | 'memberStats' | 'clusterLeader' | 'registration';

const SECTIONS_OF_CRITERION: Record<string, RecordSection[]> = {
  'rating-at-least': ['ratings'],
  'ldtt-standard': ['ratings', 'titles'],
  'htxs-or-initiative': ['ratings', 'initiatives'],
  'consecutive-titles': ['titles'],
  initiative: ['initiatives'],
  'bang-khen-record': ['titles', 'ratings', 'initiatives'],
  'collective-excellence-years': ['ratings'],
  'member-ldtt-share': ['memberStats'],
  'no-disciplined-members': ['memberStats'],
  'all-members-completed': ['memberStats'],
  'has-cstdcs-member': ['memberStats'],
  'cluster-leader': ['clusterLeader'],
};

/** What the form asks for an award and kind of nominee: the record sections and the documents. */
export interface AwardRequirements {
  nomineeKinds: NomineeKind[];
  sections: RecordSection[];
  documents: Award['documents'];
  /** Emulation titles need a registration at the start of the year (Luật TĐKT, Điều 14). */
  needsRegistration: boolean;
}

/** The award's requirements for a kind of nominee, from the rule set's data (criteria and documents). */
export function requirementsFor(award: Award, kind: NomineeKind): AwardRequirements {
  const criteria = (award.criteria as Partial<Record<NomineeKind, CriterionShape[]>>)[kind] ?? [];
  const sections = new Set<RecordSection>();
  for (const criterion of flattenRoutes(criteria))
    for (const section of SECTIONS_OF_CRITERION[criterion.kind] ?? []) sections.add(section);
  const needsRegistration = award.kind === 'emulation-title';
  if (needsRegistration) sections.add('registration');
  const order: RecordSection[] = [
    'registration',
    'ratings',
    'titles',
    'initiatives',
    'memberStats',
    'clusterLeader',
  ];
  return {
    nomineeKinds: award.nomineeKinds.filter(
      (candidate): candidate is NomineeKind =>
        candidate === 'individual' || candidate === 'collective' || candidate === 'household',
    ),
    sections: order.filter((section) => sections.has(section)),
    documents: award.documents,
    needsRegistration,
  };
}

/** A criterion as the awards API answers it: alternative routes (any-of) nest their own criteria. */
interface CriterionShape {
  kind: string;
  routes?: { criteria: CriterionShape[] }[];
}

/** Every criterion of every route: the form asks for what any route could use. */
function flattenRoutes(criteria: readonly CriterionShape[]): CriterionShape[] {
  return criteria.flatMap((criterion) =>
    criterion.kind === 'any-of'
      ? flattenRoutes((criterion.routes ?? []).flatMap((route) => route.criteria))
      : [criterion],
  );
}

/** The kind of nominee the form should use for an award: the chosen one if the award allows it. */
export function kindFor(award: Award, chosen: NomineeKind | undefined): NomineeKind {
  const allowed = requirementsFor(award, 'individual').nomineeKinds;
  if (chosen !== undefined && allowed.includes(chosen)) return chosen;
  return allowed[0] ?? 'individual';
}

/** Only an individual has a position, a gender and a birth year; a collective or household does not. */
function isPerson(kind: NomineeKind | undefined): boolean {
  return kind === undefined || kind === 'individual';
}

/** The body of POST /api/v1/dossiers (and of PATCH for a draft) from the form. */
export function toDossierBody(
  values: DossierFormValues,
  proposingUnitId: string,
): Omit<Schemas['CreateDossierDto'], 'submit'> {
  const nominee = values.nominee;
  return {
    year: values.year ?? 0,
    awardCode: values.awardCode ?? '',
    proposingUnitId,
    nominee: {
      kind: nominee.kind ?? 'individual',
      name: (nominee.name ?? '').trim(),
      ...(isPerson(nominee.kind) && nominee.position?.trim()
        ? { position: nominee.position.trim() }
        : {}),
      ...(isPerson(nominee.kind) && nominee.gender ? { gender: nominee.gender } : {}),
      ...(isPerson(nominee.kind) && nominee.birthYear ? { birthYear: nominee.birthYear } : {}),
    },
    achievementsSummary: (values.achievementsSummary ?? '').trim(),
  };
}

/** Where the dossier would go, as the API previews it: the rules and level the pre-check must use. */
export interface RouteContext {
  rulesDate: string;
  ruleSetId: string;
  proposingLevel: string;
}

/**
 * The body of POST /api/v1/eligibility/evaluate from the form: the same rule set, date and level a
 * submission would use, and only the record rows that are filled in.
 */
export function toEligibilityRequest(
  values: DossierFormValues,
  route: RouteContext,
): Schemas['EligibilityRequestDto'] | null {
  if (!values.awardCode) return null;
  const record = values.record;
  const kind = values.nominee.kind ?? 'individual';
  const stats = record.memberStats;
  return {
    awardCode: values.awardCode,
    asOf: route.rulesDate,
    ruleSetId: route.ruleSetId,
    ...(values.year ? { awardYear: values.year } : {}),
    nominee: {
      kind,
      unitLevel: route.proposingLevel,
      ratings: (record.ratings ?? []).filter(
        (row): row is { year: number; rating: Rating } => !!row?.year && !!row.rating,
      ),
      titles: (record.titles ?? []).filter(
        (row): row is { year: number; code: string } => !!row?.year && !!row.code,
      ),
      initiatives: (record.initiatives ?? [])
        .filter(
          (row): row is { recognizedOn: string; scope: InitiativeScope } =>
            !!row?.recognizedOn && !!row.scope,
        )
        .map((row, index) => ({ id: `form-${index + 1}`, ...row })),
      registeredFor: record.registered ? [values.awardCode] : [],
      disciplinePending: record.disciplinePending === true,
      inspectionPending: record.inspectionPending === true,
      ...(kind === 'collective' && stats && isCompleteStats(stats) ? { memberStats: stats } : {}),
      ...(kind === 'collective'
        ? { leadsEmulationCluster: record.leadsEmulationCluster === true }
        : {}),
    },
  };
}

function isCompleteStats(
  stats: NonNullable<NomineeRecord['memberStats']>,
): stats is Required<NonNullable<NomineeRecord['memberStats']>> {
  return (
    stats.members !== undefined &&
    stats.ldttMembers !== undefined &&
    stats.completedTasksMembers !== undefined &&
    stats.cstdcsMembers !== undefined &&
    stats.disciplinedMembers !== undefined
  );
}

/** The required documents no file answers yet. */
export function missingDocuments(
  documents: { code: string }[],
  attachments: { documentCode?: string | null }[],
): string[] {
  const provided = new Set(attachments.map((attachment) => attachment.documentCode));
  return documents.filter((document) => !provided.has(document.code)).map((doc) => doc.code);
}

/** Empty values for a new dossier of the award year. */
export function emptyForm(year: number): DossierFormValues {
  return { year, nominee: { kind: 'individual' }, record: { ratings: [{ year }], titles: [] } };
}

/** What the form holds, from a draft the API has. */
export function fromDossier(dossier: {
  awardCode: string;
  year: number;
  nominee: DossierFormValues['nominee'] & { kind: NomineeKind; name: string };
  achievementsSummary: string;
}): DossierFormValues {
  return {
    awardCode: dossier.awardCode,
    year: dossier.year,
    nominee: {
      kind: dossier.nominee.kind,
      name: dossier.nominee.name,
      position: dossier.nominee.position,
      gender: dossier.nominee.gender,
      birthYear: dossier.nominee.birthYear,
    },
    achievementsSummary: dossier.achievementsSummary,
    record: { ratings: [{ year: dossier.year }], titles: [] },
  };
}

/** Where a form in progress is kept on this device, per person and per draft. */
export function draftStorageKey(userId: string, draft: string | undefined): string {
  return `tdkt.dossier-form.${userId}.${draft ?? 'new'}`;
}
