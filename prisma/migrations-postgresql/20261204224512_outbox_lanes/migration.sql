-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Outbox_urgent_channel_status_nextAttemptAt_idx" ON "Outbox"("urgent", "channel", "status", "nextAttemptAt");
