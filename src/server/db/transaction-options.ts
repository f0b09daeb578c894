// Transactions that serialise on one row (a desk's daily code counter, one dossier's version) queue behind each other
// at busy times; Prisma's defaults (2 s to start, 5 s to run) would turn a short queue into errors.
export const dossierTransactionOptions = { maxWait: 15_000, timeout: 30_000 } as const;
