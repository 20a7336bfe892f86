/**
 * Search tokens: lower case, accents folded, split on anything that is not a letter or digit.
 * The index keeps words of 2+ characters that are not stop words; a query is the same tokens,
 * with the last one matched as a prefix while the person is still typing it.
 */
const STOP = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its ' +
    'of on or our she so than that the their them then there these they this those to was we were what when where which ' +
    'who whom why will with would you your not no yes also just about after before over more most other some such only ' +
    'own same too very s t don should now le la les de des du et un une el los las del y en der die das und'
  ).split(' '),
);
const MAX_LEN = 40;

export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function keep(word: string): boolean {
  return word.length >= 2 && word.length <= MAX_LEN && !STOP.has(word);
}

/** The distinct indexable words of some texts, sorted (so the stored array is deterministic). */
export function indexWords(...texts: (string | null | undefined)[]): string[] {
  const set = new Set<string>();
  for (const text of texts) if (text) for (const w of tokenize(text)) if (keep(w)) set.add(w);
  return [...set].sort();
}

export interface ParsedQuery {
  /** Whole words every match must contain. */
  terms: string[];
  /** The word being typed: matches any word it starts. */
  prefix: string | null;
}

export function parseQuery(q: string): ParsedQuery {
  const tokens = tokenize(q);
  const typing = tokens.length > 0 && /[\p{L}\p{N}]$/u.test(q.normalize('NFKD').replace(/\p{M}+/gu, ''));
  const prefix = typing ? (tokens.pop() as string).slice(0, MAX_LEN) : null;
  const terms = [...new Set(tokens.filter(keep))];
  // A prefix that is already a whole term adds nothing.
  return { terms, prefix: prefix && !terms.includes(prefix) ? prefix : null };
}
