// How the mentors' wording writes a day.

/** "12 Jan 2027" from an ISO day or instant, in the service's time zone. */
export function dayText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );
}
