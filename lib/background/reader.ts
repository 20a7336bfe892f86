/** Background wiring for the reader feature (placeholder until that feature lands). */
export function registerReader(): void {}
