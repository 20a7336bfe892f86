import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(file: string) {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colorType: b[25] };
}

describe('icons (public/icon, rendered from assets/icon.svg by scripts/icons.ts)', () => {
  it.each([16, 32, 48, 96, 128])('%i px exists at its size, with an alpha channel', (size) => {
    const { width, height, colorType } = pngHeader(join(ROOT, 'public/icon', `${size}.png`));
    expect([width, height]).toEqual([size, size]);
    expect(colorType).toBe(6); // RGBA: transparent corners on any toolbar
  });

  it('the SVG source is kept and self-contained', () => {
    const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 16 16"/);
    expect(svg).not.toMatch(/href=|<image|<script|@import|url\(/);
  });
});
