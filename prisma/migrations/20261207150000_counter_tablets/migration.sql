-- Counter tablets (kiosk ratings at the desk) and who sits at which counter (issue 12).
-- CreateTable
CREATE TABLE "CounterTablet" (
    "id" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "pairingCodeHash" TEXT,
    "pairingExpiresAt" TIMESTAMP(3),
    "tokenHash" TEXT,
    "pairedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounterTablet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterSeat" (
    "id" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "CounterSeat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CounterTablet_pairingCodeHash_key" ON "CounterTablet"("pairingCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "CounterTablet_tokenHash_key" ON "CounterTablet"("tokenHash");

-- CreateIndex
CREATE INDEX "CounterTablet_counterId_idx" ON "CounterTablet"("counterId");

-- CreateIndex
CREATE INDEX "CounterSeat_counterId_startedAt_idx" ON "CounterSeat"("counterId", "startedAt");

-- CreateIndex
CREATE INDEX "CounterSeat_userId_startedAt_idx" ON "CounterSeat"("userId", "startedAt");

-- AddForeignKey
ALTER TABLE "CounterTablet" ADD CONSTRAINT "CounterTablet_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSeat" ADD CONSTRAINT "CounterSeat_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSeat" ADD CONSTRAINT "CounterSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One open seat per counter and one per user: taking a seat closes the previous ones in the same transaction.
CREATE UNIQUE INDEX "CounterSeat_one_open_per_counter" ON "CounterSeat"("counterId") WHERE "endedAt" IS NULL;
CREATE UNIQUE INDEX "CounterSeat_one_open_per_user" ON "CounterSeat"("userId") WHERE "endedAt" IS NULL;
