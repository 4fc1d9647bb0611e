-- AlterTable
ALTER TABLE "Message" ADD COLUMN "replyIds" JSONB;
