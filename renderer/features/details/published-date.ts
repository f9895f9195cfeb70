/** A published date (YYYY-MM-DD) as a reader expects it, e.g. 7 Apr 2017; the day itself, whatever the time zone. */
export function formatPublished(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return day.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
