// Child-process entry forked by deploy-process.ts: applies the pending migrations to the database at argv[2] and
// reports once over IPC. Prisma's WASM schema engine lives and dies in this process, never in the server.
import { deployMigrations } from '../../prisma/tools/migrations.js';

/** An error as it crosses the process boundary: what the parent needs to word it (message, code, nested errors). */
export interface SentError {
  name: string;
  message: string;
  code?: string;
  stack?: string;
  errors?: SentError[];
}

export type DeployReport = { ok: true; applied: string[] } | { ok: false; error: SentError };

function send(err: unknown): SentError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const code: unknown = Reflect.get(err, 'code');
  return {
    name: err.name,
    message: err.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(err.stack === undefined ? {} : { stack: err.stack }),
    ...(err instanceof AggregateError ? { errors: (err.errors as unknown[]).map(send) } : {}),
  };
}

async function main(url: string | undefined): Promise<DeployReport> {
  if (url === undefined) return { ok: false, error: { name: 'Error', message: 'no database URL given' } };
  try {
    return { ok: true, applied: await deployMigrations(url) };
  } catch (err) {
    return { ok: false, error: send(err) };
  }
}

const report = await main(process.argv[2]);
// Exit as soon as the report is out: the engine may leave (unref'd) timers and pools behind, and they die with us.
process.send?.(report, () => process.exit(0));
if (!process.send) process.exit(2);
