/**
 * The ISO 8601 week of an instant, in UTC: `2026-W10`. Weeks start on Monday; week 1 is the week
 * holding the year's first Thursday, so the first days of January may belong to the previous year's
 * last week (`2021-01-01` is in `2020-W53`).
 */
const DAY_MS = 86_400_000;

export function isoWeekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the same week decides the year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
