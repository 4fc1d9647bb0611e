/*
  Warnings:

  - A unique constraint covering the columns `[teamsUserIdIndex]` on the table `Person` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Person" ADD COLUMN "teamsUserIdIndex" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Person_teamsUserIdIndex_key" ON "Person"("teamsUserIdIndex");
