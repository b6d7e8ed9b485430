import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type FieldError,
  type Nominee,
  type SubmissionChecks,
  type SubmissionFinding,
} from '@tdkt/contracts';
import {
  evaluateEligibility,
  formatLegalRef,
  getRuleSet,
  INITIATIVE_SCOPES,
  isAwardCode,
  requiredDocuments,
  yearOf,
  type AwardCode,
  type ClusterStanding,
  type DocumentDefinition,
  type EligibilityReason,
  type HeldTitle,
  type Initiative,
  type InitiativeScope,
  type IsoDate,
  type LegalRef,
  type RuleSet,
} from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { searchableText } from '../nominee-search';
import { duplicateNomination, nominationHolder } from './nomination-claims';

/** A dossier about to be submitted (or created and submitted at once: no id yet). */
export interface SubmissionCandidate {
  dossierId: string | null;
  year: number;
  awardCode: string;
  proposingUnitId: string;
  nominee: Nominee;
  initiativeIds: string[];
}

/** Where it is submitted: the rule set it will pin, and the administrative level it is proposed at. */
export interface SubmissionContext {
  ruleSet: RuleSet;
  proposingLevel: string;
  /** The day whose rules apply (RULES_AS_OF when replaying a past period). */
  asOf: IsoDate;
  /** Files attached so far, with the document each provides. */
  attachments: { fileName: string; documentCode: string | null }[];
}

/**
 * Eligibility reasons that refuse a submission: conditions the law makes preconditions and that the
 * engine knows from the dossier itself, not from records it may not hold (titles and ratings earned
 * before the engine, a registration made on paper). Every other reason is a finding for the reviewer,
 * and so is any reason whose rule is unconfirmed: an unconfirmed value never refuses a dossier.
 */
const PRECONDITIONS_FROM_THE_DOSSIER: ReadonlySet<string> = new Set([
  'NOMINEE_KIND_MISMATCH',
  'UNIT_LEVEL_NOT_IN_RULE_SET',
  'DISCIPLINE_PENDING',
  'INSPECTION_PENDING',
]);

/** Which field of the dossier an eligibility reason is about. */
const REASON_FIELDS: Readonly<Record<string, string>> = {
  NOMINEE_KIND_MISMATCH: 'nominee.kind',
  UNIT_LEVEL_NOT_IN_RULE_SET: 'proposingUnitId',
  INITIATIVE_REQUIRED: 'initiativeIds',
  INITIATIVE_SCOPE_TOO_NARROW: 'initiativeIds',
  INITIATIVE_ALREADY_USED: 'initiativeIds',
  RATING_HTXS_OR_INITIATIVE_REQUIRED: 'initiativeIds',
};

/** What a reviewer is told about a finding the engine could not settle from its own records. */
const TO_VERIFY = {
  vi: 'Cần thẩm định: hệ thống chưa có đủ hồ sơ để xác nhận.',
  en: 'To verify: the engine does not hold the records to confirm it.',
} as const;

/** True unless the rule's source is marked unconfirmed (the rule sets write it in the reference's note). */
export function isConfirmed(ref: LegalRef): boolean {
  return !/unconfirmed/i.test(ref.note ?? '');
}

/** The outcome of a check: refusals (the submission does not go ahead) and findings (it does). */
export interface SubmissionAssessment {
  refusal: AppError | null;
  findings: SubmissionFinding[];
}

/**
 * Checks a dossier at submission, against the rule set it will pin: documents attached under a code
 * the award does not use (400), a nominee already proposed or awarded for the same award and year
 * (409, naming that dossier), eligibility — refusing what the law makes a precondition (422), and
 * noting for the reviewer what a reviewer may judge — and the required documents not attached yet.
 */
@Injectable()
export class SubmissionChecker {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assess(
    candidate: SubmissionCandidate,
    context: SubmissionContext,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionAssessment> {
    if (!isAwardCode(candidate.awardCode)) return { refusal: null, findings: [] };
    const awardCode = candidate.awardCode;
    const required = requiredDocuments(awardCode, context.ruleSet);
    const unknownCodes = unknownDocumentCodes(context.attachments, required);
    if (unknownCodes.length > 0)
      return { refusal: new AppError('VALIDATION_FAILED', unknownCodes), findings: [] };

    const holder = await nominationHolder(manager, candidate, candidate.dossierId);
    if (holder !== null) return { refusal: duplicateNomination(candidate, holder), findings: [] };

    const reasons = await this.eligibilityReasons(candidate, awardCode, context, manager);
    const blocking = reasons.filter(
      (reason) => PRECONDITIONS_FROM_THE_DOSSIER.has(reason.code) && isConfirmed(reason.legalRef),
    );
    if (blocking.length > 0) return { refusal: notEligible(blocking), findings: [] };

    const provided = new Set(context.attachments.map((attachment) => attachment.documentCode));
    const findings: SubmissionFinding[] = [
      ...missingDocumentFindings(required, provided),
      ...reasons.map((reason) => ({
        code: reason.code,
        field: REASON_FIELDS[reason.code] ?? 'nominee',
        message: {
          vi: `${reason.message.vi} ${TO_VERIFY.vi}`,
          en: `${reason.message.en} ${TO_VERIFY.en}`,
        },
        source: formatLegalRef(reason.legalRef, 'vi'),
        confirmed: isConfirmed(reason.legalRef),
      })),
    ];
    return { refusal: null, findings };
  }

  /**
   * After the unit resupplies a returned dossier: the documents still missing replace those the
   * submission found, under the dossier's pinned rule set; the other findings stay. Audited.
   */
  async refreshDocumentFindings(
    dossierId: string,
    audit: { actorId: string; requestId: string | null },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [dossier] = await manager.query<
        {
          award_code: string;
          rule_set_id: string | null;
          proposing_unit_id: string;
          submission_checks: SubmissionChecks | null;
        }[]
      >(
        `SELECT award_code, rule_set_id, proposing_unit_id, submission_checks FROM dossiers WHERE id = $1 FOR UPDATE`,
        [dossierId],
      );
      if (dossier === undefined || dossier.rule_set_id === null || !isAwardCode(dossier.award_code))
        return;
      const attached = await manager.query<{ document_code: string }[]>(
        `SELECT DISTINCT document_code FROM attachments
          WHERE dossier_id = $1 AND removed_at IS NULL AND document_code IS NOT NULL`,
        [dossierId],
      );
      const provided = new Set(attached.map((row) => row.document_code));
      const missing = missingDocumentFindings(
        requiredDocuments(dossier.award_code, getRuleSet(dossier.rule_set_id)),
        provided,
      );
      const before = dossier.submission_checks;
      const checks: SubmissionChecks = {
        checkedAt: new Date().toISOString(),
        ruleSetId: dossier.rule_set_id,
        findings: [
          ...missing,
          ...(before?.findings ?? []).filter((finding) => finding.code !== 'DOCUMENT_MISSING'),
        ],
      };
      await manager.query(`UPDATE dossiers SET submission_checks = $2 WHERE id = $1`, [
        dossierId,
        JSON.stringify(checks),
      ]);
      await appendAudit(manager, {
        action: 'dossier.submission-checked',
        entityType: 'dossier',
        entityId: dossierId,
        actorKind: 'user',
        actorId: audit.actorId,
        unitId: dossier.proposing_unit_id,
        before: before === null ? null : { findings: before.findings.map(findingKey) },
        after: { ruleSetId: checks.ruleSetId, findings: checks.findings.map(findingKey) },
        requestId: audit.requestId,
      });
    });
  }

  /**
   * The rules API's verdict on the nominee as the engine knows them: titles awarded through the
   * engine, recognised initiatives the dossier cites, the unit's emulation registrations. Ratings and
   * older titles are not held, so what depends on them is for the reviewer to verify.
   */
  private async eligibilityReasons(
    candidate: SubmissionCandidate,
    awardCode: AwardCode,
    context: SubmissionContext,
    manager: EntityManager,
  ): Promise<readonly EligibilityReason[]> {
    // The rules speak of years up to the day of the rules; a later award year has nothing to check yet.
    if (candidate.year > yearOf(context.asOf)) return [];
    const nominee = candidate.nominee;
    const [titles, initiatives, registeredFor, clusterStandings] = await Promise.all([
      this.titlesHeld(candidate, manager),
      this.recognisedInitiatives(candidate.initiativeIds, manager),
      this.registrations(candidate, manager),
      this.clusterStandings(candidate, manager),
    ]);
    return evaluateEligibility({
      awardCode,
      asOf: context.asOf,
      ruleSetId: context.ruleSet.id,
      awardYear: candidate.year,
      nominee: {
        kind: nominee.kind,
        unitLevel: context.proposingLevel,
        titles,
        ratings:
          nominee.rating === undefined ? [] : [{ year: candidate.year, rating: nominee.rating }],
        initiatives,
        registeredFor,
        clusterStandings,
      },
    }).reasons;
  }

  /**
   * A collective's places in the rankings its clusters' reviews recorded for the year: the proposing
   * unit is the collective a cluster ranks.
   */
  private async clusterStandings(
    candidate: SubmissionCandidate,
    manager: EntityManager,
  ): Promise<ClusterStanding[]> {
    if (candidate.nominee.kind !== 'collective') return [];
    return manager.query<ClusterStanding[]>(
      `SELECT y.year, c.name AS "clusterName", m.rank
         FROM cluster_members m
         JOIN cluster_years y ON y.id = m.cluster_year_id AND y.review IS NOT NULL
         JOIN emulation_clusters c ON c.id = y.cluster_id
        WHERE m.unit_id = $1 AND y.year = $2`,
      [candidate.proposingUnitId, candidate.year],
    );
  }

  /** Awards the same nominee received through the engine, from the same unit. */
  private async titlesHeld(
    candidate: SubmissionCandidate,
    manager: EntityManager,
  ): Promise<HeldTitle[]> {
    const rows = await manager.query<{ year: number; award_code: string }[]>(
      `SELECT year, award_code FROM dossiers
        WHERE stage = 'APPROVED' AND proposing_unit_id = $1 AND nominee_search = $2
          AND nominee->>'kind' = $3
          AND ($4::text IS NULL OR nominee->>'birthYear' IS NULL OR nominee->>'birthYear' = $4)
          AND ($5::uuid IS NULL OR id <> $5)`,
      [
        candidate.proposingUnitId,
        searchableText(candidate.nominee.name),
        candidate.nominee.kind,
        candidate.nominee.birthYear === undefined ? null : String(candidate.nominee.birthYear),
        candidate.dossierId,
      ],
    );
    return rows.flatMap((row) =>
      isAwardCode(row.award_code) ? [{ year: row.year, code: row.award_code }] : [],
    );
  }

  /** The cited initiatives already recognised, with their scope and date. */
  private async recognisedInitiatives(
    initiativeIds: string[],
    manager: EntityManager,
  ): Promise<Initiative[]> {
    if (initiativeIds.length === 0) return [];
    const rows = await manager.query<{ id: string; decided_on: string; scope: string | null }[]>(
      `SELECT id, to_char(decided_on, 'YYYY-MM-DD') AS decided_on, scope FROM initiatives
        WHERE id = ANY($1::uuid[]) AND status = 'RECOGNIZED' AND decided_on IS NOT NULL`,
      [initiativeIds],
    );
    return rows.flatMap((row) =>
      (INITIATIVE_SCOPES as readonly string[]).includes(row.scope ?? '')
        ? [{ id: row.id, recognizedOn: row.decided_on, scope: row.scope as InitiativeScope }]
        : [],
    );
  }

  /** The awards the unit registered the nominee for in the year (đăng ký thi đua). */
  private async registrations(
    candidate: SubmissionCandidate,
    manager: EntityManager,
  ): Promise<AwardCode[]> {
    const rows = await manager.query<{ award_code: string; nominee_name: string }[]>(
      `SELECT award_code, nominee_name FROM emulation_registrations
        WHERE year = $1 AND unit_id = $2 AND nominee_kind = $3`,
      [candidate.year, candidate.proposingUnitId, candidate.nominee.kind],
    );
    const name = searchableText(candidate.nominee.name);
    return rows
      .filter((row) => searchableText(row.nominee_name) === name)
      .flatMap((row) => (isAwardCode(row.award_code) ? [row.award_code] : []));
  }
}

/** A finding per required document not attached, by its name and source. */
function missingDocumentFindings(
  required: readonly DocumentDefinition[],
  provided: ReadonlySet<string | null>,
): SubmissionFinding[] {
  return required
    .filter((document) => !provided.has(document.code))
    .map((document) => ({
      code: 'DOCUMENT_MISSING',
      field: `documents.${document.code}`,
      message: {
        vi: `Chưa đính kèm ${lowerFirst(document.name.vi)}.`,
        en: `${document.name.en} is not attached.`,
      },
      source: formatLegalRef(document.legalRef, 'vi'),
      confirmed: isConfirmed(document.legalRef),
    }));
}

/** `DOCUMENT_MISSING:documents.TO_TRINH`: a finding as the audit trail names it. */
export function findingKey(finding: SubmissionFinding): string {
  return `${finding.code}:${finding.field}`;
}

/** 400 for each file attached as a document the award does not use, naming its field and the codes. */
function unknownDocumentCodes(
  attachments: SubmissionContext['attachments'],
  required: readonly { code: string; name: { vi: string; en: string } }[],
): FieldError[] {
  const known = required.map((document) => document.code);
  return attachments.flatMap((attachment, index) =>
    attachment.documentCode === null || known.includes(attachment.documentCode)
      ? []
      : [
          {
            field: `attachments[${index}].documentCode`,
            rule: 'known-document-code',
            message: {
              vi: `Tệp "${attachment.fileName}" ghi loại giấy tờ "${attachment.documentCode}", không có trong thành phần hồ sơ của danh hiệu này (${known.join(', ')}).`,
              en: `File "${attachment.fileName}" is marked as document "${attachment.documentCode}", which this award's dossier does not have (${known.join(', ')}).`,
            },
          },
        ],
  );
}

/** 422 listing each unmet precondition with its legal source. */
function notEligible(reasons: EligibilityReason[]): AppError {
  return new AppError(
    'SUBMISSION_NOT_ELIGIBLE',
    reasons.map((reason) => ({
      field: REASON_FIELDS[reason.code] ?? 'nominee',
      rule: reason.code,
      message: {
        vi: `${reason.message.vi} (${formatLegalRef(reason.legalRef, 'vi')})`,
        en: `${reason.message.en} (${formatLegalRef(reason.legalRef, 'en')})`,
      },
    })),
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
