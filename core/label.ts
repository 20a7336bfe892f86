/**
 * A timeline event's label: a short clause from the sentence saying who did what, around the
 * date ("NASA selects five lander companies"), never a fragment. From the sentence:
 * - the clause that holds the date, without a leading subordinator ("When the two leaders met
 *   … last month" → "The two leaders met …");
 * - a relative clause gets its antecedent back ("…winter wheat, which is typically sown
 *   mid-November" → "Winter wheat is typically sown"); a clause that starts with its verb gets
 *   the subject named before it ("The We Company, announced on Sept. 30 that…");
 * - an introductory phrase ("In a joint statement published Oct. 25, …", "According to …,")
 *   gives way to the main clause it introduces;
 * - direct speech is said by its speaker ('Clarke said: “…”');
 * - the date words go when they stand as an adverbial ("on Monday", "last week") and stay when
 *   they name a thing ("a 2018 analysis", "its Monday night performance");
 * - datelines ("WASHINGTON (Reuters) -"), parentheses and asides between commas are dropped.
 * A sentence with nothing left but its date (a timestamp line) has no label: the caller skips it.
 */
import { squash } from './text';

const SUBORDINATE = /^(when|after|before|while|as|since|until|although|though|because|once|if|whereas|then|but|and|so|also|still|yet|however|meanwhile|instead|now|thus|plus)\b[\s,]*/i;
const RELATIVE = /^(which|who|whom|whose|where|that)\b\s*/i;
const INTRO = /^(in|on|at|during|since|by|until|from|through|before|after|with|without|following|according|amid|despite|under|over|for|as|to|among|across|about|around|against|within|like|unlike|beyond)\b/i;
const DETERMINER = /^(the|a|an|its|his|her|their|our|my|your|this|that|these|those|each|every|last|next)$/i;
const ADVERBIAL_PREP = /(?:^|\s)(on|in|at|during|since|by|until|till|from|through|before|after|as\s+of|over|throughout|around|about|starting|beginning|for|of|from|this|that|early|late|mid|earlier|later)\s*$/i;
const VERB_START =
  /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does|do|said|says|told|announced|reported|began|begins|made|took|gave|came|went|left|met|fell|rose|sold|bought|paid|won|lost|held|became|also|then)\b|^[a-z]+ed\b/i;
const VERBS = 'said|says|told|added|adds|wrote|writes|explained|noted|stated|declared|argued|insisted|warned|tweeted|asked|replied|recalled';
const SPEECH = new RegExp(`^(${VERBS})$`, 'i');
/** '“…,” Clarke said' and '“…,” said Clarke'. */
const SPEECH_AFTER = new RegExp(`^[“"]([^“”"]{6,400}?)[,.!?]?[”"],?\\s+([^,“”"]{1,60}?)\\s+(${VERBS})\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`^[“"]([^“”"]{6,400}?)[,.!?]?[”"],?\\s+(${VERBS})\\s+([^,“”"]{1,60}?)(?=[,.]|$)`, 'u');
const CLOSE_QUOTE = /[”"’']$/;

function ucfirst(s: string): string {
  return s.replace(/^([“"‘']?)(\p{Ll})/u, (_m, q: string, c: string) => q + c.toUpperCase());
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Removes the date words where they are an adverbial; keeps them where they name a thing. */
function withoutDate(clause: string, dateText: string): string {
  const at = clause.indexOf(dateText);
  if (at < 0 || !dateText) return clause;
  const before = clause.slice(0, at);
  const after = clause.slice(at + dateText.length);
  const prevWord = /([\p{L}'’]+)\s*$/u.exec(before)?.[1] ?? '';
  // A modifier: "a 2018 analysis", "WeWork's 2025 bond", "October's conference", "its Monday night show".
  if (/^['’]s\b/.test(after)) return clause;
  if ((DETERMINER.test(prevWord) || /['’]s$/.test(prevWord)) && /^\s+\p{Ll}/u.test(after) && !/^\s+(ago|later|earlier)\b/.test(after)) return clause;
  const prep = ADVERBIAL_PREP.exec(before);
  const cut = prep ? before.slice(0, prep.index) : before;
  return squash(`${cut} ${after.replace(/^\s*,\s*/, after.trim().startsWith(',') && !cut.trim() ? '' : ' ')}`)
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/^[,;:\s]+/, '');
}

/** Splits at clause boundaries (; — – : and commas that are not inside numbers), keeping quotes with their words. */
function clausesOf(s: string): string[] {
  return s
    .split(/\s*(?:[;—–]|:\s|,(?!\d)|\s-\s)\s*/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

function looksLikeClause(c: string): boolean {
  const w = words(c);
  if (w.length < 3) return false;
  const first = w[0].replace(/^[“"‘']/, '').toLowerCase();
  if (RELATIVE.test(first) || SUBORDINATE.test(first) || INTRO.test(first)) return false;
  if (/^\p{Ll}+ing$/u.test(first) || first === 'to') return false; // "going from …", "to prepare …"
  return !VERB_START.test(first);
}

/** The noun phrase just before a relative pronoun: from its last determiner or preposition. */
function antecedent(clause: string): string | null {
  const w = words(clause);
  for (let i = w.length - 1; i >= Math.max(0, w.length - 12); i--) {
    if (DETERMINER.test(w[i]) || i === 0) return w.slice(i).join(' ');
    if (/^(of|for|to|with|by|from|in|on|at|about|into|against|than)$/i.test(w[i]) && i < w.length - 1 && !/^of$/i.test(w[i])) return w.slice(i + 1).join(' ');
  }
  return null;
}

function trim(label: string, maxWords: number): string {
  let clause = label;
  let w = words(clause);
  if (w.length > maxWords) {
    // Cut at the first subordinate clause that leaves at least five words.
    for (const m of clause.matchAll(/\s+(?:when|while|because|although|though|which|where|whereas|after|before|as|,)\s+/gi)) {
      if (m.index > 0 && words(clause.slice(0, m.index)).length >= 5) {
        clause = clause.slice(0, m.index);
        break;
      }
    }
    w = words(clause);
  }
  let out = w.length > maxWords ? w.slice(0, maxWords).join(' ') + '…' : clause;
  out = out.replace(/[\s,;:.]+$/, '').replace(/^[\s,;:.–—-]+/, '');
  out = ucfirst(out);
  // Balance quotes cut open or left dangling.
  const open = (out.match(/“/g)?.length ?? 0) - (out.match(/”/g)?.length ?? 0);
  if (open > 0) out += '”';
  if (open < 0) out = out.replace(/^([^“]*?)”/, '$1');
  const straight = out.match(/"/g)?.length ?? 0;
  if (straight % 2) out = /^"/.test(out) ? out + '"' : out.replace(/"(?=[^"]*$)/, '');
  return out.trim();
}

/** A short "who did what" from the sentence around a date phrase ('' when nothing but the date is left). */
export function labelFor(sentence: string, dateText: string, maxWords = 14): string {
  let s = squash(sentence)
    // Datelines: "WASHINGTON (Reuters) -", "Dekalb, Ill. —", "CANBERRA, Australia (AP)_".
    .replace(/^(?:[\p{Lu}][\p{Lu}\p{L} .,'’-]{1,40}?)?\s*\((?:AP|Reuters|AFP|UPI|dpa|CNN)\)\s*[-—–_:]+\s*/u, '')
    .replace(/^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*[\p{L}. ]{2,20})?\s*[—–_]+\s*/u, '')
    .replace(/^\p{Lu}\p{Ll}+(?:,\s*\p{Lu}[\p{L}.]{1,6}\.?)\s+[—–]\s+/u, '')
    // Parentheses and bracketed asides that don't hold the date.
    .replace(/\s*\(([^()]{1,60})\)/g, (m, inner: string) => (inner.includes(dateText) ? m : ''))
    .replace(/\s*\[[^\]]{1,60}\]/g, '');
  // Asides between commas that start with a relative pronoun and don't hold the date: "The celebration, which typically runs five days, began …".
  s = s.replace(/,\s+(?:which|who|whom|whose)\b[^,;]{1,120},/gi, (m) => (m.includes(dateText) ? m : ''));

  // Direct speech with its attribution: '“…,” Clarke said in a telecon.' → 'Clarke said: “…”'.
  const speech = /^[“"]/.test(s) ? (SPEECH_AFTER.exec(s) ?? SPEECH_BEFORE.exec(s)) : null;
  if (speech) {
    const [speaker, verb] = SPEECH.test(speech[2]) ? [speech[3], speech[2]] : [speech[2], speech[3]];
    if (words(speaker).length <= 6 && !/^(that|it|this|which)$/i.test(speaker)) {
      const quoteClauses = clausesOf(speech[1]);
      const said = withoutDate(quoteClauses.find((c) => c.includes(dateText)) ?? quoteClauses[0], dateText);
      const quote = words(said).length > maxWords - 3 ? words(said).slice(0, maxWords - 3).join(' ') + '…' : said;
      if (words(quote).length >= 2) return trim(`${ucfirst(withoutDate(speaker, dateText))} ${verb.toLowerCase()}: “${quote.replace(/[,;:.]+$/, '')}”`, maxWords + 4);
    }
  }

  const clauses = clausesOf(s);
  const k = Math.max(0, clauses.findIndex((c) => c.includes(dateText)));
  let clause = withoutDate(clauses[k] ?? s, dateText).replace(/^[“"‘']\s*/, (q) => q).trim();
  clause = clause.replace(SUBORDINATE, '');

  // "…, which is typically sown": the antecedent takes the relative pronoun's place.
  const rel = RELATIVE.exec(clause);
  if (rel && k > 0) {
    const ante = antecedent(clauses[k - 1]);
    if (ante && words(ante).length <= 10) clause = `${ante} ${clause.slice(rel[0].length)}`;
  }
  // "…, announced on Sept. 30 that …": the subject named before it.
  if (VERB_START.test(clause) && k > 0) {
    for (let j = k - 1; j >= 0; j--) {
      const c = clauses[j];
      if (words(c).length <= 8 && !looksLikeVerbal(c) && !INTRO.test(c)) {
        clause = `${c} ${clause}`;
        break;
      }
    }
  }
  // An introductory phrase ("In a joint statement published Oct. 25"), or nothing left: the clause
  // it introduces. A clause without a finite verb of its own ("to prepare …", "going from …"):
  // the clause it belongs to, before it.
  if (!looksLikeClause(clause)) {
    const verbal = (c: string) => looksLikeClause(c) && looksLikeVerbal(c);
    const after = clauses.slice(k + 1);
    const before = clauses.slice(0, k).reverse();
    let main: string | undefined;
    if (words(clause).length < 3 || INTRO.test(clause)) main = after.find(looksLikeClause) ?? before.find(looksLikeClause);
    else if (/^to\b/i.test(clause) || /^\p{Ll}+ing\b/u.test(clause.toLowerCase()) || RELATIVE.test(clause)) main = before.find(verbal) ?? after.find(looksLikeClause);
    if (main) clause = main;
  }
  if (!words(clause.replace(/[^\p{L}\s]/gu, ' ')).some((w) => w.length > 2)) {
    const rest = withoutDate(s, dateText);
    clause = words(rest.replace(/[^\p{L}\s]/gu, ' ')).length >= 3 ? rest : '';
  }
  if (!clause) return '';
  clause = clause.replace(CLOSE_QUOTE, (q) => (/[“"]/.test(clause) ? q : ''));
  return trim(clause, maxWords);
}

function looksLikeVerbal(c: string): boolean {
  return /\b(is|are|was|were|has|have|had|will|would|said|says|\w+ed)\b/i.test(c);
}
