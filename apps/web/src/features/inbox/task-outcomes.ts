/** The choice for "another item" when returning a dossier: the reviewer names it. */
export const OTHER_ITEM = '__other__';

/** The review form as filled in. */
export interface ReviewFormValues {
  decision: 'accept' | 'return' | 'reject';
  note?: string;
  items?: { item?: string; other?: string; reason?: string }[];
  deadlineWorkingDays?: number;
  reason?: string;
}

/**
 * The outcome the API's `dossier.review` task takes (docs/dossiers.md): `accept` with an optional
 * note, `return` with the items to supplement (a checklist document's code, or the reviewer's own
 * words) and a deadline in working days, or `reject` with its reason.
 */
export function reviewOutcome(values: ReviewFormValues): Record<string, unknown> {
  switch (values.decision) {
    case 'accept':
      return { decision: 'accept', ...(values.note?.trim() ? { note: values.note.trim() } : {}) };
    case 'return':
      return {
        decision: 'return',
        items: (values.items ?? []).map((entry) => ({
          item: entry.item === OTHER_ITEM ? (entry.other ?? '').trim() : (entry.item ?? ''),
          reason: (entry.reason ?? '').trim(),
        })),
        ...(values.deadlineWorkingDays ? { deadlineWorkingDays: values.deadlineWorkingDays } : {}),
      };
    case 'reject':
      return { decision: 'reject', reason: (values.reason ?? '').trim() };
  }
}
