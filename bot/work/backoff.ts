// How long to wait before the next try of a failed send or job: quick at first, then spreading out, with jitter so
// a recovered Twilio or Teams is not hit by everything at once.
const STEPS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 10_800_000];

export const MAX_ATTEMPTS = STEPS_MS.length + 1;

export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = STEPS_MS[Math.min(Math.max(attempt - 1, 0), STEPS_MS.length - 1)] ?? 5_000;
  return Math.round(base * (0.8 + 0.4 * random()));
}
