import { vietnamDateOfEpochMillis, workingDaysBetween } from '@tdkt/domain';
import type { NameDirectory, UnitName } from '@tdkt/server-feature-identity';

/** Names of the people and units an answer refers to by id, so that it can show both. */
export interface DisplayNames {
  people: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, UnitName>;
}

type Ids = Iterable<string | null | undefined>;

/** Looks up, in two queries, the names of the people and units an answer mentions. */
export async function displayNamesFor(
  directory: NameDirectory,
  ids: { people?: Ids; units?: Ids },
): Promise<DisplayNames> {
  const [people, units] = await Promise.all([
    directory.people(ids.people ?? []),
    directory.units(ids.units ?? []),
  ]);
  return { people, units };
}

/** The name of a person, or null for no one (or someone unknown). */
export function personName(names: DisplayNames, id: string | null | undefined): string | null {
  return id ? (names.people.get(id) ?? null) : null;
}

/** The name of a unit, or null. */
export function unitName(names: DisplayNames, id: string | null | undefined): string | null {
  return id ? (names.units.get(id)?.name ?? null) : null;
}

/**
 * Working days from today (in Vietnam) to a deadline's day: 0 on the day itself, negative once past.
 * Null without a deadline.
 */
export function workingDaysLeft(dueAt: Date | null, now = Date.now()): number | null {
  if (dueAt === null) return null;
  return workingDaysBetween(
    vietnamDateOfEpochMillis(now),
    vietnamDateOfEpochMillis(dueAt.getTime()),
  );
}
