/** Background wiring for the library feature (placeholder until that feature lands). */
export function registerLibrary(): void {}
