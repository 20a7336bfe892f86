/** Small text helpers shared by the core stages. Pure functions, no DOM. */

/** Collapse runs of white space (incl. NBSP) to one space and trim. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Whether a UTF-16 code unit is JavaScript white space (what `\s` and `trim()` match). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.replace(/\s+/g, ' ').trim().length` counted over one string or several pieces read as one
 * (an element's text nodes), without building the text: the characters that are not white
 * space, plus one for each run of white space between them.
 */
export class CollapsedCount {
  n = 0;
  private gap = false;

  /** Counts one more piece; true once the count has passed `max` (then it is only known to exceed it). */
  add(s: string, max = Infinity): boolean {
    let n = this.n;
    let gap = this.gap;
    let over = false;
    for (let i = 0; i < s.length; i++) {
      if (isSpace(s.charCodeAt(i))) gap = n > 0;
      else {
        if (gap) {
          n++;
          gap = false;
        }
        if (++n > max) {
          over = true;
          break;
        }
      }
    }
    this.n = n;
    this.gap = gap;
    return over;
  }
}

/** The collapsed length of one string (`CollapsedCount`), stopping past `max`. */
export function collapsedLength(s: string, max = Infinity): number {
  const count = new CollapsedCount();
  count.add(s, max);
  return count.n;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

/**
 * Words in a text, counted the way a reader experiences length:
 * space-separated words for alphabetic scripts, one "word" per character for CJK.
 */
export function countWords(text: string): number {
  // As `(text.match(CJK)?.length ?? 0) + (text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0)`,
  // in one pass that builds no strings: a word starts at a letter or digit and goes on through
  // letters, digits and ' ’ . -; a CJK character is a word of its own.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let alnum: boolean;
    if (c < 128) alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (isCjk(c)) {
      n++;
      inWord = false;
      continue;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      alnum = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else alnum = letterOrDigit(c);
    if (alnum) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
  }
  return n;
}

const isCjk = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether a character of the Basic Multilingual Plane is a letter or digit, each asked once (0 = not yet asked). */
const alnumBmp = new Uint8Array(0x10000);
function letterOrDigit(c: number): boolean {
  let v = alnumBmp[c];
  if (!v) alnumBmp[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * Reading time at 230 words/min (CJK: ~500 characters/min, i.e. each CJK char ≈ 0.46 words).
 * `words` is `countWords(text)` when the caller has it already.
 */
export function readingMinutes(text: string, words: number = countWords(text)): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = words - cjk;
  const minutes = rest / 230 + cjk / 500;
  return Math.max(1, Math.round(minutes));
}

/** Lowercased word tokens (Unicode letters and digits). */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Remove a trailing site name from a title: "Story | Fortune" → "Story". */
export function cleanTitle(title: string, siteName?: string | null): string {
  let t = squash(title);
  const seps = /\s+[|\-–—:·•»]\s+/;
  const parts = t.split(seps);
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    const first = parts[0];
    const isSite = (p: string) =>
      (siteName && p.toLowerCase().replace(/^the\s+/, '') === siteName.toLowerCase().replace(/^the\s+/, '')) || p.split(' ').length <= 3;
    if (isSite(last) && t.length - last.length > 15) t = t.slice(0, t.lastIndexOf(last)).replace(/\s*[|\-–—:·•»]\s*$/, '');
    else if (siteName && first.toLowerCase() === siteName.toLowerCase()) t = t.slice(first.length).replace(/^\s*[|\-–—:·•»]\s*/, '');
  }
  return squash(t);
}

/** Straight and curly quotes/apostrophes folded for matching text across sources. */
export function foldQuotes(s: string): string {
  return s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

/** Levenshtein distance, for tolerant name matching ("Chosen Ilbo" ≈ "Chosun Ilbo"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * Folds one character for matching sentences against rendered text: quotes, dashes and spaces
 * become plain ASCII, soft hyphens and zero-width characters vanish, case folds.
 */
export function foldChar(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/.test(ch)) return "'";
  if (/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(ch)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  if (ch === '\u2026') return '.';
  if (/[\u00AD\u200B-\u200D\uFEFF]/.test(ch)) return '';
  return ch.toLowerCase();
}

/** A string folded with `foldChar`, white-space runs collapsed to one space. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trim();
}
