// The one client type the app uses (see client.ts for why it is the SQLite client's type), apart from client.ts so
// the encryption modules client.ts loads can name it without an import loop.
import type { PrismaClient as SqliteClient } from '../../prisma/generated/sqlite/client.js';

export type Db = SqliteClient;
