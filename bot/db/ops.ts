// A lazy database write: built now, run later as part of one `db.$transaction([...])` batch with the rest of a turn.
import type { Prisma } from './client.js';

export type Op = Prisma.PrismaPromise<unknown>;
