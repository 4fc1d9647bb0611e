/*
  Warnings:

  - A unique constraint covering the columns `[phoneIndex]` on the table `Person` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Outbox_target_status_idx";

-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "targetIndex" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "phoneIndex" TEXT;

-- CreateTable
CREATE TABLE "DataKeyCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "keyId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Outbox_targetIndex_status_idx" ON "Outbox"("targetIndex", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Person_phoneIndex_key" ON "Person"("phoneIndex");
