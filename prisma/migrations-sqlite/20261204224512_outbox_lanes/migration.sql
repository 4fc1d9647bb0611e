-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dedupeKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "messageId" TEXT,
    "handoffId" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" DATETIME
);
INSERT INTO "new_Outbox" ("attempts", "channel", "createdAt", "dedupeKey", "handoffId", "id", "lastError", "lockedUntil", "messageId", "nextAttemptAt", "payload", "providerId", "sentAt", "status", "target") SELECT "attempts", "channel", "createdAt", "dedupeKey", "handoffId", "id", "lastError", "lockedUntil", "messageId", "nextAttemptAt", "payload", "providerId", "sentAt", "status", "target" FROM "Outbox";
DROP TABLE "Outbox";
ALTER TABLE "new_Outbox" RENAME TO "Outbox";
CREATE UNIQUE INDEX "Outbox_dedupeKey_key" ON "Outbox"("dedupeKey");
CREATE INDEX "Outbox_status_nextAttemptAt_idx" ON "Outbox"("status", "nextAttemptAt");
CREATE INDEX "Outbox_target_status_idx" ON "Outbox"("target", "status");
CREATE INDEX "Outbox_urgent_channel_status_nextAttemptAt_idx" ON "Outbox"("urgent", "channel", "status", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
