// Headline formulas (chỉ số): on-time rate under each labelled formula, late share, apology compliance. Pure: every
// dashboard, the Excel workbook and the demo summary compute their rates here. A zero denominator gives null (N/A).
export * from "./ratio";
export * from "./timeliness-counts";
export * from "./on-time";
export * from "./lateness";
export * from "./sipas";
export * from "./dossier-quality";
export * from "./satisfaction-766";
export * from "./headline";
export * from "./percentile";
export * from "./targets";
