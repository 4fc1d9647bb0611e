// Prisma CLI configuration. Only `prisma generate` and `prisma validate` are used: migrations run offline through
// prisma/tools (WASM schema engine), so the CLI must never try to download its native schema engine.
import { defineConfig } from 'prisma/config';

// The CLI insists on an engine binary before `generate`, although generate does not run it: any existing file will do.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  // One schema per provider; this default serves `npx prisma validate`, other commands pass `--schema`.
  schema: 'prisma/schema.sqlite.prisma',
});
