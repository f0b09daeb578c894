// Citizen satisfaction (docs/satisfaction.md): standard questionnaires and rating rules. The indices are in
// src/domain/metrics (sipas.ts, dossier-quality.ts, satisfaction-766.ts).
export * from "./questionnaires";
export * from "./rules";
