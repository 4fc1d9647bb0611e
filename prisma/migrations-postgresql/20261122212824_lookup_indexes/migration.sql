-- CreateIndex
CREATE INDEX "Handoff_personId_idx" ON "Handoff"("personId");

-- CreateIndex
CREATE INDEX "Outbox_target_status_idx" ON "Outbox"("target", "status");

-- CreateIndex
CREATE INDEX "Referral_handoffId_idx" ON "Referral"("handoffId");

-- CreateIndex
CREATE INDEX "SafetyEvent_personId_idx" ON "SafetyEvent"("personId");
