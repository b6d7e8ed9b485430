import { AppError, type Nominee } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import { searchableText } from '../nominee-search';

/** What a nomination is: who, for which award, which year, proposed by which unit. */
export interface Nomination {
  awardCode: string;
  year: number;
  proposingUnitId: string;
  nominee: Pick<Nominee, 'kind' | 'name' | 'birthYear'>;
}

/**
 * The same person or collective as a unit names them: kind, name without diacritics or case, and the
 * birth year when given (two teachers of one name are told apart by it).
 */
export function nomineeKey(nominee: Nomination['nominee']): string {
  return [nominee.kind, searchableText(nominee.name), nominee.birthYear ?? ''].join('|');
}

/** The dossier other than `dossierId` that holds the nomination, with its stage, or null. */
export async function nominationHolder(
  manager: EntityManager,
  nomination: Nomination,
  dossierId: string | null,
): Promise<{ id: string; code: string; stage: string; decisionNumber: string | null } | null> {
  const [holder] = await manager.query<
    { id: string; code: string; stage: string; decision_number: string | null }[]
  >(
    `SELECT d.id, d.code, d.stage, d.decision_number
       FROM nomination_claims c JOIN dossiers d ON d.id = c.dossier_id
      WHERE c.award_code = $1 AND c.year = $2 AND c.proposing_unit_id = $3 AND c.nominee_key = $4
        AND ($5::uuid IS NULL OR c.dossier_id <> $5)`,
    [
      nomination.awardCode,
      nomination.year,
      nomination.proposingUnitId,
      nomineeKey(nomination.nominee),
      dossierId,
    ],
  );
  return holder === undefined
    ? null
    : {
        id: holder.id,
        code: holder.code,
        stage: holder.stage,
        decisionNumber: holder.decision_number,
      };
}

/**
 * Takes the nomination for the dossier, or refuses with 409 DOSSIER_DUPLICATE naming the dossier
 * that holds it. One row per nomination, so two dossiers submitted at the same moment cannot both
 * take it. Taking it again for the same dossier changes nothing; a dossier whose award, year or
 * nominee changed since gives up its old claim.
 */
export async function claimNomination(
  manager: EntityManager,
  dossierId: string,
  nomination: Nomination,
): Promise<void> {
  const key = nomineeKey(nomination.nominee);
  await manager.query(
    `DELETE FROM nomination_claims
      WHERE dossier_id = $1
        AND (award_code, year, proposing_unit_id, nominee_key) <> ($2::varchar, $3::int, $4::uuid, $5::text)`,
    [dossierId, nomination.awardCode, nomination.year, nomination.proposingUnitId, key],
  );
  await manager.query(
    `INSERT INTO nomination_claims (award_code, year, proposing_unit_id, nominee_key, dossier_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [nomination.awardCode, nomination.year, nomination.proposingUnitId, key, dossierId],
  );
  const holder = await nominationHolder(manager, nomination, dossierId);
  if (holder !== null) throw duplicateNomination(nomination, holder);
}

/** Gives the nomination back: the dossier ended without the award, or never started. */
export async function releaseNomination(manager: EntityManager, dossierId: string): Promise<void> {
  await manager.query(`DELETE FROM nomination_claims WHERE dossier_id = $1`, [dossierId]);
}

/** 409 naming the dossier that already holds the nomination, and whether it was awarded. */
export function duplicateNomination(
  nomination: Nomination,
  holder: { code: string; stage: string; decisionNumber: string | null },
): AppError {
  const awarded = holder.stage === 'APPROVED';
  const name = nomination.nominee.name;
  const message = awarded
    ? {
        vi: `${name} đã được khen thưởng danh hiệu/hình thức ${nomination.awardCode} năm ${nomination.year} (hồ sơ ${holder.code}${holder.decisionNumber ? `, quyết định ${holder.decisionNumber}` : ''}).`,
        en: `${name} has already received ${nomination.awardCode} for ${nomination.year} (dossier ${holder.code}${holder.decisionNumber ? `, decision ${holder.decisionNumber}` : ''}).`,
      }
    : {
        vi: `${name} đã được đề nghị ${nomination.awardCode} năm ${nomination.year} trong hồ sơ ${holder.code}. Nếu là hai người trùng tên, ghi năm sinh để phân biệt.`,
        en: `${name} is already proposed for ${nomination.awardCode} in ${nomination.year} in dossier ${holder.code}. If these are two people of the same name, give the year of birth to tell them apart.`,
      };
  return new AppError(
    'DOSSIER_DUPLICATE',
    [{ field: 'nominee', rule: `one-nomination:${holder.code}`, message }],
    message,
  );
}
