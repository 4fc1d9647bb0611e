-- CreateTable
CREATE TABLE "DailyCount" (
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyCount_pkey" PRIMARY KEY ("day","name")
);

-- CreateTable
CREATE TABLE "DurationSample" (
    "id" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seconds" INTEGER NOT NULL,

    CONSTRAINT "DurationSample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DurationSample_name_day_idx" ON "DurationSample"("name", "day");
