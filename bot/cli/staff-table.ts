// The `admin staff list` table: one member per line, columns padded, nothing that is not needed to manage them.
export interface StaffRow {
  role: string;
  name: string;
  aadObjectId: string;
  status: string;
  capacity: number;
}

export function formatStaffTable(rows: StaffRow[]): string {
  if (rows.length === 0)
    return 'no staff registered yet (add some with: staff add --role coordinator --aad <id> --name "<name>")';
  const lines = rows.map((r) => [
    r.role,
    r.name,
    r.aadObjectId,
    r.status,
    r.role === 'mentor' ? `capacity ${r.capacity}` : '',
  ]);
  const header = ['ROLE', 'NAME', 'AAD OBJECT ID', 'STATUS', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  return [header, ...lines]
    .map((cols) =>
      cols
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
