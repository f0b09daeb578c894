// Vitest runs server modules outside Next.js, where the "server-only" marker would throw; this empty module stands in.
export {};
