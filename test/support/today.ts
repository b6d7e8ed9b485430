/** Today's date in Vietnam (UTC+7, no daylight saving), as documents made now are dated. */
export function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}
