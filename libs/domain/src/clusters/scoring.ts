import { fieldIssue, type DomainFieldIssue } from '../shared/errors';
import type { LocalizedText } from '../shared/localized-text';

/** One line of a cluster's scoring table (bảng tiêu chí chấm điểm thi đua): what is judged and its ceiling. */
export interface ClusterCriterion {
  readonly code: string;
  readonly title: LocalizedText;
  readonly maxPoints: number;
}

/**
 * A cluster's criteria for one year, as the cluster adopted them. A change is a new version: scores
 * are always given against the version they were recorded with.
 */
export interface ClusterScoringTable {
  readonly version: number;
  readonly criteria: readonly ClusterCriterion[];
}

/** Points per criterion code. */
export type CriterionScores = Readonly<Record<string, number>>;

/** Scores are given to the hundredth of a point (0.25, 0.5 are common in the tables provinces publish). */
const HUNDREDTHS = 100;

/** What is wrong with a table a standing body wants to adopt, field by field. */
export function scoringTableIssues(
  criteria: readonly ClusterCriterion[],
  field = 'criteria',
): DomainFieldIssue[] {
  const issues: DomainFieldIssue[] = [];
  if (criteria.length === 0)
    issues.push(
      fieldIssue(field, 'not-empty', {
        vi: 'bảng tiêu chí phải có ít nhất một tiêu chí',
        en: 'the table needs at least one criterion',
      }),
    );
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (seen.has(criterion.code))
      issues.push(
        fieldIssue(`${field}[${index}].code`, 'unique', {
          vi: `mã tiêu chí "${criterion.code}" bị trùng`,
          en: `criterion code "${criterion.code}" is repeated`,
        }),
      );
    seen.add(criterion.code);
    if (!isPoints(criterion.maxPoints) || criterion.maxPoints <= 0)
      issues.push(
        fieldIssue(`${field}[${index}].maxPoints`, 'positive-points', {
          vi: 'điểm tối đa phải lớn hơn 0, tối đa hai chữ số thập phân',
          en: 'the ceiling must be above 0, with at most two decimals',
        }),
      );
  });
  return issues;
}

/** What is wrong with a member's scores against the table: every criterion scored, none above its ceiling. */
export function scoreIssues(
  table: ClusterScoringTable,
  scores: CriterionScores,
  field = 'scores',
): DomainFieldIssue[] {
  const issues: DomainFieldIssue[] = [];
  const codes = new Set(table.criteria.map((criterion) => criterion.code));
  for (const code of Object.keys(scores))
    if (!codes.has(code))
      issues.push(
        fieldIssue(`${field}.${code}`, 'known-criterion', {
          vi: `tiêu chí "${code}" không có trong bảng tiêu chí phiên bản ${table.version}`,
          en: `criterion "${code}" is not in version ${table.version} of the table`,
        }),
      );
  for (const criterion of table.criteria) {
    const points = scores[criterion.code];
    if (points === undefined)
      issues.push(
        fieldIssue(`${field}.${criterion.code}`, 'required', {
          vi: `chưa chấm tiêu chí "${criterion.title.vi}"`,
          en: `criterion "${criterion.title.en}" is not scored`,
        }),
      );
    else if (!isPoints(points) || points < 0 || points > criterion.maxPoints)
      issues.push(
        fieldIssue(`${field}.${criterion.code}`, 'points-in-range', {
          vi: `điểm tiêu chí "${criterion.title.vi}" phải từ 0 đến ${criterion.maxPoints}, tối đa hai chữ số thập phân`,
          en: `points for "${criterion.title.en}" must be 0 to ${criterion.maxPoints}, with at most two decimals`,
        }),
      );
  }
  return issues;
}

/** The member's total, summed in hundredths so that 0.1 + 0.2 is 0.3. */
export function totalScore(table: ClusterScoringTable, scores: CriterionScores): number {
  const hundredths = table.criteria.reduce(
    (sum, criterion) => sum + Math.round((scores[criterion.code] ?? 0) * HUNDREDTHS),
    0,
  );
  return hundredths / HUNDREDTHS;
}

/** The table's ceiling: what a member scoring every criterion in full would total. */
export function maximumTotal(table: ClusterScoringTable): number {
  return totalScore(
    table,
    Object.fromEntries(table.criteria.map((criterion) => [criterion.code, criterion.maxPoints])),
  );
}

function isPoints(value: number): boolean {
  return (
    Number.isFinite(value) && Math.abs(value * HUNDREDTHS - Math.round(value * HUNDREDTHS)) < 1e-6
  );
}
