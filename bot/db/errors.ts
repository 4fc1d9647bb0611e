// Recognises database errors by meaning, the same way on SQLite and PostgreSQL, and the start-up error type.
// Checks shapes, not classes: each generated client has its own copy of Prisma's error classes.

/** Start-up failed for a reason the operator can fix (unreachable server, unwritable folder, newer database). */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

// A driver adapter's mapped error (`DriverAdapterError.cause`) names the violation in `kind`.
function adapterKind(err: unknown): unknown {
  const direct = field(err, 'name') === 'DriverAdapterError' ? field(field(err, 'cause'), 'kind') : undefined;
  return direct ?? field(field(field(field(err, 'meta'), 'driverAdapterError'), 'cause'), 'kind');
}

/** A unique constraint was violated (Prisma P2002 from a model query, or the adapter's error from a raw query). */
export function isUniqueViolation(err: unknown): boolean {
  return field(err, 'code') === 'P2002' || adapterKind(err) === 'UniqueConstraintViolation';
}

/** A row refers to one that no longer exists (Prisma P2003, or the adapter's error from a raw query). */
export function isForeignKeyViolation(err: unknown): boolean {
  return field(err, 'code') === 'P2003' || adapterKind(err) === 'ForeignKeyConstraintViolation';
}

/** The record an update, delete or `…OrThrow` query needed does not exist (Prisma P2025). */
export function isNotFound(err: unknown): boolean {
  return field(err, 'code') === 'P2025';
}

/** The first line of an error's message, for logs and exit messages that must not dump a stack. */
export function oneLineReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}
