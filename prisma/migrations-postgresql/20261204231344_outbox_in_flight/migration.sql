-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "inFlightSince" TIMESTAMP(3);
