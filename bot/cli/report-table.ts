// The service's figures for a terminal (aligned columns) or a spreadsheet (CSV): counts, then waits with their
// median and 90th percentile.
import type { Report } from '../figures.js';
import { lengthOfWait } from '../../dialogs/coordinator/format.js';

/** Wide enough for "59 minutes" and "47 hours". */
const WAIT_WIDTH = 10;

export function reportTable(r: Report): string {
  const counts = Object.entries(r.counts).map(([name, n]) => [name, String(n)]);
  const width = Math.max(...counts.map(([name]) => (name ?? '').length), ...Object.keys(r.waits).map((w) => w.length));
  const waits = Object.entries(r.waits).map(
    ([name, w]) =>
      `${name.padEnd(width)}  ${String(w.n).padStart(5)}  ${lengthOfWait(w.median).padStart(WAIT_WIDTH)}  ${lengthOfWait(w.p90).padStart(WAIT_WIDTH)}`,
  );
  return [
    `Figures from ${r.from} to ${r.to} (UTC days; anonymous counts kept through erasure)`,
    '',
    ...counts.map(([name, n]) => `${(name ?? '').padEnd(width)}  ${(n ?? '').padStart(5)}`),
    '',
    `${'wait'.padEnd(width)}  ${'n'.padStart(5)}  ${'median'.padStart(WAIT_WIDTH)}  ${'90th pct'.padStart(WAIT_WIDTH)}`,
    ...waits,
  ].join('\n');
}

export function reportCsv(r: Report): string {
  const rows = [
    ['figure', 'count', 'median_seconds', 'p90_seconds'],
    ...Object.entries(r.counts).map(([name, n]) => [name, String(n), '', '']),
    ...Object.entries(r.waits).map(([name, w]) => [name, String(w.n), String(w.median ?? ''), String(w.p90 ?? '')]),
  ];
  return rows.map((row) => row.join(',')).join('\n');
}
