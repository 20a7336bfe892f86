/** Background wiring for the analysis feature (placeholder until that feature lands). */
export function registerAnalysis(): void {}
