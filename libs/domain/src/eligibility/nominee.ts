import {
  ACHIEVEMENT_CLAIMS,
  INITIATIVE_SCOPES,
  isAwardCode,
  NOMINEE_KINDS,
  PERFORMANCE_RATINGS,
  type AchievementClaim,
  type AwardCode,
  type InitiativeScope,
  type NomineeKind,
  type PerformanceRating,
} from '../awards/codes';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { fieldIssue, type DomainFieldIssue } from '../shared/errors';

/** An award the nominee already holds. */
export interface HeldTitle {
  readonly year: number;
  readonly code: AwardCode;
}

/** A yearly task-completion rating. */
export interface YearRating {
  readonly year: number;
  readonly rating: PerformanceRating;
}

/** A recognised initiative (sáng kiến) and what it has been used for. */
export interface Initiative {
  readonly id: string;
  readonly recognizedOn: IsoDate;
  readonly scope: InitiativeScope;
  /** Set once the initiative has backed an award; it cannot back another. */
  readonly usedForAward?: AwardCode;
}

/** Headcounts of a collective in the award year. */
export interface MemberStats {
  readonly members: number;
  readonly ldttMembers: number;
  readonly completedTasksMembers: number;
  readonly cstdcsMembers: number;
  /** Members disciplined at "cảnh cáo" (warning) or worse. */
  readonly disciplinedMembers: number;
}

/** The person or collective proposed for an award, with the record the rules look at. */
export interface Nominee {
  readonly kind: NomineeKind;
  /** The administrative level of the proposing unit, e.g. "district" for a school under a district. */
  readonly unitLevel: string;
  readonly titles: readonly HeldTitle[];
  readonly ratings: readonly YearRating[];
  readonly initiatives: readonly Initiative[];
  readonly registeredFor?: readonly AwardCode[];
  readonly disciplinePending?: boolean;
  readonly inspectionPending?: boolean;
  readonly memberStats?: MemberStats;
  /**
   * True when the collective led its emulation cluster or block (cụm, khối) in the award year, as the
   * unit states it: the fallback when no ranking is recorded (`clusterStandings`).
   */
  readonly leadsEmulationCluster?: boolean;
  /** The collective's places in its clusters' rankings, as their reviews recorded them. */
  readonly clusterStandings?: readonly ClusterStanding[];
  /** Achievements the unit states in the dossier for the reviewers to judge (alternative routes). */
  readonly claimedAchievements?: readonly AchievementClaim[];
  /** True for a nominee in an ethnic-minority or mountain area, which a rule set may give priority. */
  readonly ethnicMinorityOrMountainArea?: boolean;
}

/** A collective's place in a cluster's year, as the cluster's review recorded it (null: not scored). */
export interface ClusterStanding {
  readonly year: number;
  readonly clusterName: string;
  readonly rank: number | null;
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2199;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (vi: string, en: string) => ({ vi, en });

function checkYear(value: unknown, field: string, issues: DomainFieldIssue[]): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    issues.push(fieldIssue(field, 'integer', text('phải là số nguyên', 'must be an integer')));
  } else if (value < MIN_YEAR || value > MAX_YEAR) {
    issues.push(
      fieldIssue(
        field,
        'year-range',
        text(`phải trong khoảng ${MIN_YEAR}–${MAX_YEAR}`, `must be within ${MIN_YEAR}–${MAX_YEAR}`),
      ),
    );
  }
}

function checkCount(value: unknown, field: string, issues: DomainFieldIssue[], min = 0): boolean {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    issues.push(
      fieldIssue(
        field,
        min === 0 ? 'non-negative-integer' : 'positive-integer',
        text(
          min === 0 ? 'phải là số nguyên không âm' : 'phải là số nguyên dương',
          min === 0 ? 'must be a non-negative integer' : 'must be a positive integer',
        ),
      ),
    );
    return false;
  }
  return true;
}

function checkClusterStanding(item: unknown, path: string, issues: DomainFieldIssue[]): void {
  const standing = isRecord(item) ? item : {};
  if (!Number.isInteger(standing.year))
    issues.push(fieldIssue(`${path}.year`, 'integer', text('phải là năm', 'must be a year')));
  if (typeof standing.clusterName !== 'string')
    issues.push(
      fieldIssue(`${path}.clusterName`, 'string', text('phải là chuỗi', 'must be a string')),
    );
  if (
    standing.rank !== null &&
    !(Number.isInteger(standing.rank) && (standing.rank as number) >= 1)
  )
    issues.push(
      fieldIssue(
        `${path}.rank`,
        'rank',
        text('phải là số nguyên dương hoặc null', 'must be a positive integer or null'),
      ),
    );
}

function checkBoolean(value: unknown, field: string, issues: DomainFieldIssue[]): void {
  if (value !== undefined && typeof value !== 'boolean') {
    issues.push(fieldIssue(field, 'boolean', text('phải là true/false', 'must be true or false')));
  }
}

function checkArray(
  value: unknown,
  field: string,
  issues: DomainFieldIssue[],
  each: (item: unknown, path: string) => void,
  optional = false,
): void {
  if (value === undefined && optional) return;
  if (!Array.isArray(value)) {
    issues.push(fieldIssue(field, 'array', text('phải là một danh sách', 'must be a list')));
    return;
  }
  value.forEach((item, index) => each(item, `${field}[${index}]`));
}

function checkAwardCode(value: unknown, field: string, issues: DomainFieldIssue[]): void {
  if (!isAwardCode(value)) {
    issues.push(
      fieldIssue(
        field,
        'known-award-code',
        text('mã danh hiệu/hình thức khen thưởng không tồn tại', 'is not a known award code'),
      ),
    );
  }
}

/** Every problem with a nominee's shape, with the path of each offending field. */
export function nomineeIssues(value: unknown, prefix = 'nominee'): DomainFieldIssue[] {
  const issues: DomainFieldIssue[] = [];
  if (!isRecord(value)) {
    return [fieldIssue(prefix, 'object', text('phải là một đối tượng', 'must be an object'))];
  }
  if (!(NOMINEE_KINDS as readonly unknown[]).includes(value.kind)) {
    issues.push(
      fieldIssue(
        `${prefix}.kind`,
        'enum',
        text(
          `phải là một trong ${NOMINEE_KINDS.join(', ')}`,
          `must be one of ${NOMINEE_KINDS.join(', ')}`,
        ),
      ),
    );
  }
  if (typeof value.unitLevel !== 'string' || value.unitLevel.trim() === '') {
    issues.push(
      fieldIssue(`${prefix}.unitLevel`, 'non-empty-string', text('phải có giá trị', 'is required')),
    );
  }
  checkArray(value.titles, `${prefix}.titles`, issues, (item, path) => {
    if (!isRecord(item)) {
      issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
      return;
    }
    checkYear(item.year, `${path}.year`, issues);
    checkAwardCode(item.code, `${path}.code`, issues);
  });
  const ratingYears = new Set<unknown>();
  checkArray(value.ratings, `${prefix}.ratings`, issues, (item, path) => {
    if (!isRecord(item)) {
      issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
      return;
    }
    checkYear(item.year, `${path}.year`, issues);
    if (ratingYears.has(item.year)) {
      issues.push(
        fieldIssue(
          `${path}.year`,
          'unique-year',
          text('mỗi năm chỉ có một kết quả xếp loại', 'only one rating per year'),
        ),
      );
    }
    ratingYears.add(item.year);
    if (!(PERFORMANCE_RATINGS as readonly unknown[]).includes(item.rating)) {
      issues.push(
        fieldIssue(
          `${path}.rating`,
          'enum',
          text(
            `phải là một trong ${PERFORMANCE_RATINGS.join(', ')}`,
            `must be one of ${PERFORMANCE_RATINGS.join(', ')}`,
          ),
        ),
      );
    }
  });
  const initiativeIds = new Set<unknown>();
  checkArray(value.initiatives, `${prefix}.initiatives`, issues, (item, path) => {
    if (!isRecord(item)) {
      issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
      return;
    }
    if (typeof item.id !== 'string' || item.id.trim() === '') {
      issues.push(
        fieldIssue(`${path}.id`, 'non-empty-string', text('phải có giá trị', 'is required')),
      );
    } else if (initiativeIds.has(item.id)) {
      issues.push(
        fieldIssue(
          `${path}.id`,
          'unique-id',
          text('mã sáng kiến bị trùng', 'duplicates another initiative'),
        ),
      );
    }
    initiativeIds.add(item.id);
    if (!isIsoDate(item.recognizedOn)) {
      issues.push(
        fieldIssue(
          `${path}.recognizedOn`,
          'iso-date',
          text('phải là ngày YYYY-MM-DD', 'must be a YYYY-MM-DD date'),
        ),
      );
    }
    if (!(INITIATIVE_SCOPES as readonly unknown[]).includes(item.scope)) {
      issues.push(
        fieldIssue(
          `${path}.scope`,
          'enum',
          text(
            `phải là một trong ${INITIATIVE_SCOPES.join(', ')}`,
            `must be one of ${INITIATIVE_SCOPES.join(', ')}`,
          ),
        ),
      );
    }
    if (item.usedForAward !== undefined)
      checkAwardCode(item.usedForAward, `${path}.usedForAward`, issues);
  });
  checkArray(
    value.registeredFor,
    `${prefix}.registeredFor`,
    issues,
    (item, path) => checkAwardCode(item, path, issues),
    true,
  );
  checkBoolean(value.disciplinePending, `${prefix}.disciplinePending`, issues);
  checkBoolean(value.inspectionPending, `${prefix}.inspectionPending`, issues);
  checkBoolean(value.leadsEmulationCluster, `${prefix}.leadsEmulationCluster`, issues);
  checkArray(
    value.clusterStandings,
    `${prefix}.clusterStandings`,
    issues,
    (item, path) => checkClusterStanding(item, path, issues),
    true,
  );
  checkBoolean(
    value.ethnicMinorityOrMountainArea,
    `${prefix}.ethnicMinorityOrMountainArea`,
    issues,
  );
  checkArray(
    value.claimedAchievements,
    `${prefix}.claimedAchievements`,
    issues,
    (item, path) => {
      if (!(ACHIEVEMENT_CLAIMS as readonly unknown[]).includes(item)) {
        issues.push(
          fieldIssue(
            path,
            'enum',
            text(
              `phải là một trong ${ACHIEVEMENT_CLAIMS.join(', ')}`,
              `must be one of ${ACHIEVEMENT_CLAIMS.join(', ')}`,
            ),
          ),
        );
      }
    },
    true,
  );
  if (value.memberStats !== undefined) {
    const stats = value.memberStats;
    const path = `${prefix}.memberStats`;
    if (!isRecord(stats)) {
      issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
    } else if (checkCount(stats.members, `${path}.members`, issues, 1)) {
      for (const key of [
        'ldttMembers',
        'completedTasksMembers',
        'cstdcsMembers',
        'disciplinedMembers',
      ]) {
        if (
          checkCount(stats[key], `${path}.${key}`, issues) &&
          (stats[key] as number) > (stats.members as number)
        ) {
          issues.push(
            fieldIssue(
              `${path}.${key}`,
              'at-most-members',
              text('không được lớn hơn tổng số thành viên', 'cannot exceed the number of members'),
            ),
          );
        }
      }
    }
  }
  return issues;
}
