import { BASE_SALARY_TABLE, type BaseSalaryStep } from '../awards/bonus';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '../calendar/holidays';
import type { OfficialBreak, OfficialSchedule, WorkingSaturday } from '../calendar/holiday-types';
import { isIsoDate, isWeekend, weekdayOf, yearOf, type IsoDate } from '../calendar/iso-date';
import { CULTURE_DAY_FIRST_YEAR, statutoryHolidays } from '../calendar/statutory-holidays';
import { deepFreeze } from '../shared/deep-freeze';
import { DomainValidationError, fieldIssue, type DomainFieldIssue } from '../shared/errors';
import { SOURCE_STATUSES, type LegalSource } from '../shared/legal-source';
import type { LocalizedText } from '../shared/localized-text';

/*
 * Legal data an administrator publishes without a release: a year's holiday schedule for public
 * servants, or a base-salary step. Each is validated here, naming every bad field; what looks odd
 * but may be lawful (a statutory holiday outside every break) is a warning, never a refusal.
 */

/** A validated publication and what its publisher should double-check. */
export interface Validated<T> {
  readonly value: T;
  readonly warnings: readonly DomainFieldIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (vi: string, en: string): LocalizedText => ({ vi, en });
const MAX_TEXT = 500;

function nonEmptyText(value: unknown, field: string, issues: DomainFieldIssue[]): value is string {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT) return true;
  issues.push(
    fieldIssue(
      field,
      'non-empty-text',
      text(
        `phải có giá trị (tối đa ${MAX_TEXT} ký tự)`,
        `is required (at most ${MAX_TEXT} characters)`,
      ),
    ),
  );
  return false;
}

function optionalText(value: unknown, field: string, issues: DomainFieldIssue[]): void {
  if (value !== undefined) nonEmptyText(value, field, issues);
}

function isoDate(value: unknown, field: string, issues: DomainFieldIssue[]): value is IsoDate {
  if (isIsoDate(value)) return true;
  issues.push(
    fieldIssue(
      field,
      'iso-date',
      text('phải là ngày dạng YYYY-MM-DD', 'must be a YYYY-MM-DD date'),
    ),
  );
  return false;
}

/** The document a publication rests on; `status` says whether its text was read. */
export function validateLegalSource(
  value: unknown,
  field = 'source',
): { source: LegalSource | null; issues: DomainFieldIssue[] } {
  const issues: DomainFieldIssue[] = [];
  if (!isRecord(value)) {
    issues.push(fieldIssue(field, 'object', text('phải là một đối tượng', 'must be an object')));
    return { source: null, issues };
  }
  nonEmptyText(value.document, `${field}.document`, issues);
  optionalText(value.article, `${field}.article`, issues);
  optionalText(value.issuer, `${field}.issuer`, issues);
  optionalText(value.note, `${field}.note`, issues);
  if (value.issuedOn !== undefined) isoDate(value.issuedOn, `${field}.issuedOn`, issues);
  if (
    value.url !== undefined &&
    (typeof value.url !== 'string' || !/^https?:\/\/\S{3,1000}$/.test(value.url))
  ) {
    issues.push(
      fieldIssue(
        `${field}.url`,
        'http-url',
        text('phải là địa chỉ http(s)', 'must be an http(s) URL'),
      ),
    );
  }
  if (!(SOURCE_STATUSES as readonly unknown[]).includes(value.status)) {
    issues.push(
      fieldIssue(
        `${field}.status`,
        'enum',
        text(
          'phải là "confirmed" (đã đối chiếu văn bản) hoặc "unconfirmed"',
          'must be "confirmed" (checked against the text) or "unconfirmed"',
        ),
      ),
    );
  }
  if (issues.length > 0) return { source: null, issues };
  const source: LegalSource = {
    document: (value.document as string).trim(),
    ...(value.article !== undefined ? { article: value.article as string } : {}),
    ...(value.issuedOn !== undefined ? { issuedOn: value.issuedOn as string } : {}),
    ...(value.issuer !== undefined ? { issuer: value.issuer as string } : {}),
    ...(value.url !== undefined ? { url: value.url as string } : {}),
    status: value.status as LegalSource['status'],
    ...(value.note !== undefined ? { note: value.note as string } : {}),
  };
  return { source, issues };
}

function localizedName(value: unknown, field: string, issues: DomainFieldIssue[]): LocalizedText {
  if (!isRecord(value)) {
    issues.push(
      fieldIssue(field, 'object', text('phải có tên vi và en', 'needs a vi and an en name')),
    );
    return text('', '');
  }
  const vi = nonEmptyText(value.vi, `${field}.vi`, issues) ? value.vi : '';
  const en = nonEmptyText(value.en, `${field}.en`, issues) ? value.en : '';
  return text(vi.trim(), en.trim());
}

/**
 * A year's schedule as the Government announced it: every break (all its calendar days, weekends
 * included) and the Saturdays worked in exchange. The publication's source covers every entry unless
 * a break names its own. Refuses what cannot be a schedule (a break outside the year, overlapping
 * breaks, a working "Saturday" that is not one, or one not exchanged for a weekday of a break); warns
 * when a statutory holiday lies outside every break.
 */
export function validateHolidaySchedule(input: unknown): Validated<OfficialSchedule> {
  const issues: DomainFieldIssue[] = [];
  if (!isRecord(input)) {
    throw new DomainValidationError([
      fieldIssue('schedule', 'object', text('phải là một đối tượng', 'must be an object')),
    ]);
  }
  const year = input.year;
  const yearOk =
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= CALENDAR_MIN_YEAR &&
    year <= CALENDAR_MAX_YEAR;
  if (!yearOk) {
    issues.push(
      fieldIssue(
        'year',
        'calendar-range',
        text(
          `phải là năm trong khoảng ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
          `must be a year within ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
        ),
      ),
    );
  }
  const { source, issues: sourceIssues } = validateLegalSource(input.source);
  issues.push(...sourceIssues);

  const breaks: OfficialBreak[] = [];
  if (!Array.isArray(input.breaks) || input.breaks.length === 0 || input.breaks.length > 40) {
    issues.push(
      fieldIssue(
        'breaks',
        'non-empty-list',
        text('phải là danh sách 1–40 đợt nghỉ', 'must list 1–40 breaks'),
      ),
    );
  } else {
    input.breaks.forEach((item: unknown, index) => {
      const path = `breaks[${index}]`;
      if (!isRecord(item)) {
        issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
        return;
      }
      const from = isoDate(item.from, `${path}.from`, issues) ? item.from : null;
      const to = isoDate(item.to, `${path}.to`, issues) ? item.to : null;
      const name = localizedName(item.name, `${path}.name`, issues);
      let own: LegalSource | null = null;
      if (item.source !== undefined) {
        const checked = validateLegalSource(item.source, `${path}.source`);
        issues.push(...checked.issues);
        own = checked.source;
      }
      if (from === null || to === null) return;
      if (yearOk && (yearOf(from) !== year || yearOf(to) !== year)) {
        issues.push(
          fieldIssue(
            path,
            'within-year',
            text(
              `đợt nghỉ phải nằm trong năm ${String(year)}`,
              `the break must lie within ${String(year)}`,
            ),
          ),
        );
      }
      if (from > to) {
        issues.push(
          fieldIssue(
            `${path}.to`,
            'not-before-from',
            text('không được trước ngày bắt đầu', 'cannot be before from'),
          ),
        );
        return;
      }
      const breakSource = own ?? source;
      if (breakSource !== null) breaks.push({ from, to, name, source: breakSource });
    });
  }
  const sorted = [...breaks].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i]!.from <= sorted[i - 1]!.to) {
      issues.push(
        fieldIssue(
          'breaks',
          'no-overlap',
          text(
            `đợt nghỉ ${sorted[i]!.from} chồng lên đợt ${sorted[i - 1]!.from}–${sorted[i - 1]!.to}`,
            `break ${sorted[i]!.from} overlaps ${sorted[i - 1]!.from}–${sorted[i - 1]!.to}`,
          ),
        ),
      );
    }
  }
  const inBreak = (date: IsoDate) => sorted.some((b) => b.from <= date && date <= b.to);

  const workingSaturdays: WorkingSaturday[] = [];
  const saturdays = input.workingSaturdays ?? [];
  if (!Array.isArray(saturdays) || saturdays.length > 20) {
    issues.push(
      fieldIssue(
        'workingSaturdays',
        'list',
        text('phải là danh sách (tối đa 20 ngày)', 'must be a list (at most 20 days)'),
      ),
    );
  } else {
    saturdays.forEach((item: unknown, index) => {
      const path = `workingSaturdays[${index}]`;
      if (!isRecord(item)) {
        issues.push(fieldIssue(path, 'object', text('phải là một đối tượng', 'must be an object')));
        return;
      }
      const date = isoDate(item.date, `${path}.date`, issues) ? item.date : null;
      const inLieuOf = isoDate(item.inLieuOf, `${path}.inLieuOf`, issues) ? item.inLieuOf : null;
      if (date !== null && (weekdayOf(date) !== 6 || (yearOk && yearOf(date) !== year))) {
        issues.push(
          fieldIssue(
            `${path}.date`,
            'saturday-in-year',
            text('phải là một ngày thứ Bảy trong năm', 'must be a Saturday of the year'),
          ),
        );
      }
      if (inLieuOf !== null && (isWeekend(inLieuOf) || !inBreak(inLieuOf))) {
        issues.push(
          fieldIssue(
            `${path}.inLieuOf`,
            'weekday-in-break',
            text(
              'phải là ngày thường nằm trong một đợt nghỉ',
              'must be a weekday inside one of the breaks',
            ),
          ),
        );
      }
      if (date !== null && inLieuOf !== null && source !== null) {
        workingSaturdays.push({
          date,
          inLieuOf,
          name: {
            vi: 'Làm bù (hoán đổi ngày làm việc)',
            en: 'Working Saturday (swapped working day)',
          },
          source,
        });
      }
    });
  }
  if (issues.length > 0 || source === null || !yearOk) throw new DomainValidationError(issues);

  const warnings: DomainFieldIssue[] = [];
  const expected = [
    ...statutoryHolidays(year).map((h) => ({ date: h.date, name: h.name })),
    ...(year >= CULTURE_DAY_FIRST_YEAR
      ? [{ date: `${year}-11-24`, name: text('Ngày Văn hóa Việt Nam', 'Vietnamese Culture Day') }]
      : []),
  ];
  for (const holiday of expected) {
    if (!inBreak(holiday.date)) {
      warnings.push(
        fieldIssue(
          'breaks',
          'covers-statutory-holiday',
          text(
            `ngày ${holiday.date} (${holiday.name.vi}) không nằm trong đợt nghỉ nào; kiểm tra lại văn bản`,
            `${holiday.date} (${holiday.name.en}) lies in no break; check the document`,
          ),
        ),
      );
    }
  }
  return {
    value: deepFreeze({ year, breaks: sorted, workingSaturdays }),
    warnings,
  };
}

const MIN_VND = 100_000;
const MAX_VND = 100_000_000;

/**
 * A base-salary step: the monthly amount and the day it takes effect, with its decree. Warns when
 * it is lower than the step before it, which no decree has done.
 */
export function validateSalaryStep(
  input: unknown,
  table: readonly BaseSalaryStep[] = BASE_SALARY_TABLE,
): Validated<BaseSalaryStep> {
  const issues: DomainFieldIssue[] = [];
  if (!isRecord(input)) {
    throw new DomainValidationError([
      fieldIssue('step', 'object', text('phải là một đối tượng', 'must be an object')),
    ]);
  }
  const from = isoDate(input.effectiveFrom, 'effectiveFrom', issues) ? input.effectiveFrom : null;
  const vnd = input.vnd;
  if (typeof vnd !== 'number' || !Number.isInteger(vnd) || vnd < MIN_VND || vnd > MAX_VND) {
    issues.push(
      fieldIssue(
        'vnd',
        'integer-range',
        text(
          `phải là số nguyên đồng từ ${MIN_VND} đến ${MAX_VND}`,
          `must be a whole number of đồng from ${MIN_VND} to ${MAX_VND}`,
        ),
      ),
    );
  }
  const { source, issues: sourceIssues } = validateLegalSource(input.source);
  issues.push(...sourceIssues);
  if (issues.length > 0 || from === null || source === null)
    throw new DomainValidationError(issues);
  const warnings: DomainFieldIssue[] = [];
  const before = table.filter((step) => step.from < from).at(-1);
  if (before !== undefined && before.vnd > (vnd as number)) {
    warnings.push(
      fieldIssue(
        'vnd',
        'not-lower-than-before',
        text(
          `thấp hơn mức ${before.vnd} đồng từ ${before.from} (${before.source.document}); kiểm tra lại`,
          `lower than ${before.vnd} VND from ${before.from} (${before.source.document}); check it`,
        ),
      ),
    );
  }
  return { value: deepFreeze({ from, vnd: vnd as number, source }), warnings };
}
