/** The fast text helpers give exactly what the plain expressions they replace give. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapsedLength, countWords } from '../../core/text';

const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e'];
const piece = fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

describe('collapsedLength', () => {
  it('is the length of the text with white space collapsed and trimmed', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(collapsedLength(s)).toBe(s.replace(/\s+/g, ' ').trim().length);
      }),
      { numRuns: 3000 },
    );
  });
  it('stops past its limit, and only then', () => {
    fc.assert(
      fc.property(text, fc.nat(20), (s, max) => {
        const n = s.replace(/\s+/g, ' ').trim().length;
        const got = collapsedLength(s, max);
        if (n <= max) expect(got).toBe(n);
        else expect(got).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countWords', () => {
  const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;
  const plain = (t: string) => (t.match(CJK)?.length ?? 0) + (t.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0);
  const chars = fc.constantFrom(' ', "'", '’', '.', '-', 'a', 'Z', '7', 'é', 'ß', '字', '한', 'カ', '٣', '𝐀', '😀', '\ud835', '\udc00', '\u00a0', ',', '—', 'Ω', '²');
  it('counts as the two expressions it replaces', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(chars, { maxLength: 40 }).map((xs) => xs.join('')), fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
        expect(countWords(s)).toBe(plain(s));
      }),
      { numRuns: 5000 },
    );
  });
});
