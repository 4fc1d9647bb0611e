-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "phone" TEXT,
    "teamsUserId" TEXT,
    "teamsRef" JSONB,
    "optedOutAt" DATETIME,
    "erasedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "flow" TEXT NOT NULL DEFAULT 'intake',
    "snapshot" JSONB NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "lastInboundAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Conversation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "personId" TEXT,
    "staffId" TEXT,
    "handoffId" TEXT,
    "direction" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "providerId" TEXT,
    "body" TEXT,
    "replies" JSONB,
    "status" TEXT NOT NULL DEFAULT 'received',
    "statusAt" DATETIME,
    "errorCode" TEXT,
    CONSTRAINT "Message_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Handoff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "personId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "profile" JSONB NOT NULL,
    "claimedById" TEXT,
    "claimedAt" DATETIME,
    "closedAt" DATETIME,
    "outcome" TEXT,
    "remindedAt" DATETIME,
    "deliveryIssue" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Handoff_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Handoff_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Staff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "aadObjectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "breakUntil" DATETIME,
    "capacity" INTEGER NOT NULL DEFAULT 2,
    "teamsRef" JSONB,
    "activeHandoffId" TEXT
);

-- CreateTable
CREATE TABLE "StaffChannel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME
);

-- CreateTable
CREATE TABLE "PostedCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "handoffId" TEXT,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT,
    CONSTRAINT "PostedCard_handoffId_fkey" FOREIGN KEY ("handoffId") REFERENCES "Handoff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handoffId" TEXT NOT NULL,
    "summary" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "matchedMentorId" TEXT,
    "matchedAt" DATETIME,
    "reviewPromptedAt" DATETIME,
    CONSTRAINT "Referral_handoffId_fkey" FOREIGN KEY ("handoffId") REFERENCES "Handoff" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Referral_matchedMentorId_fkey" FOREIGN KEY ("matchedMentorId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferralResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referralId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "ReferralResponse_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReferralResponse_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referralId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "session" INTEGER NOT NULL,
    "sessionDate" DATETIME NOT NULL,
    "mode" TEXT NOT NULL,
    "summary" TEXT,
    "concern" TEXT,
    "nextSessionDate" DATETIME,
    CONSTRAINT "CheckIn_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SafetyEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "personId" TEXT,
    "staffId" TEXT,
    "messageId" TEXT,
    "channel" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "flowState" TEXT,
    "acknowledgedById" TEXT,
    "acknowledgedAt" DATETIME,
    "alertCount" INTEGER NOT NULL DEFAULT 1,
    "lastAlertAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SafetyEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dedupeKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "messageId" TEXT,
    "handoffId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "runAt" DATETIME NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "lastError" TEXT
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subjectType" TEXT,
    "subjectId" TEXT,
    "detail" JSONB
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_phone_key" ON "Person"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "Person_teamsUserId_key" ON "Person"("teamsUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_personId_key" ON "Conversation"("personId");

-- CreateIndex
CREATE INDEX "Conversation_state_lastInboundAt_idx" ON "Conversation"("state", "lastInboundAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_providerId_key" ON "Message"("providerId");

-- CreateIndex
CREATE INDEX "Message_personId_createdAt_idx" ON "Message"("personId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_handoffId_createdAt_idx" ON "Message"("handoffId", "createdAt");

-- CreateIndex
CREATE INDEX "Handoff_status_createdAt_idx" ON "Handoff"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_aadObjectId_key" ON "Staff"("aadObjectId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffChannel_conversationId_key" ON "StaffChannel"("conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "PostedCard_subjectType_subjectId_conversationId_key" ON "PostedCard"("subjectType", "subjectId", "conversationId");

-- CreateIndex
CREATE INDEX "Referral_status_idx" ON "Referral"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralResponse_referralId_mentorId_key" ON "ReferralResponse"("referralId", "mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_referralId_session_key" ON "CheckIn"("referralId", "session");

-- CreateIndex
CREATE INDEX "SafetyEvent_level_acknowledgedAt_idx" ON "SafetyEvent"("level", "acknowledgedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Outbox_dedupeKey_key" ON "Outbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "Outbox_status_nextAttemptAt_idx" ON "Outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");
