-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "inFlightSince" DATETIME;
