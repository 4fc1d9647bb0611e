// The audit trail for a terminal (aligned columns) or a spreadsheet (CSV, RFC 4180 quoting).
import type { AuditLine } from '../audit.js';

const cells = (l: AuditLine): string[] => [l.at.toISOString(), l.actor, l.action, l.subject ?? '', l.detail ?? ''];
const HEAD = ['at', 'who', 'action', 'subject', 'detail'];

export function auditTable(lines: readonly AuditLine[]): string {
  if (lines.length === 0) return 'No audit lines match.';
  const rows = [HEAD, ...lines.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function auditCsv(lines: readonly AuditLine[]): string {
  const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [HEAD, ...lines.map(cells)].map((r) => r.map(quote).join(',')).join('\n');
}
