// The admin CLI run in-process as an operator would run it, capturing what it prints: one helper for every test that
// drives `npm run admin`.
import { runAdmin } from '../../bot/cli/admin.js';
import { keyEnvOf, type DatabaseContext } from './databases.js';

export interface AdminRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `admin …argv` with `env` (DATABASE_URL and the key) at the time `now` gives. */
export async function runAdminWith(env: Record<string, string>, argv: string[], now?: () => Date): Promise<AdminRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    ...(now ? { now } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `admin(…argv)` against the test database, with its data key, at the time `now` gives. */
export function adminOn(ctx: DatabaseContext, now: () => Date) {
  return (...argv: string[]): Promise<AdminRun> =>
    runAdminWith({ DATABASE_URL: ctx.url, ...keyEnvOf(ctx.provider) }, argv, now);
}
