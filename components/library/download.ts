/** Hands a file to the person: a Blob behind an `<a download>` (no downloads permission needed). */
export function download(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "lede-library-2024-05-01" */
export function datedName(base: string, ext: string, now = new Date()): string {
  const d = now.toISOString().slice(0, 10);
  return `${base}-${d}.${ext}`;
}
