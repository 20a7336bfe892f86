/**
 * The _locales files: every key the code asks for exists in every language, the languages have
 * the same keys and placeholders, the German file is really German, and t()/tParts() substitute
 * the way the browser does.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { substitute, t, tParts, uiLocale } from '../../lib/i18n';
import { formatReadingTime } from '../../lib/format';
import { eventLabel } from '../../components/Timeline';
import { noticeLabel, warningText } from '../../components/App';

const ROOT = join(import.meta.dirname, '../..');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Entry>;
const LANGS = readdirSync(join(ROOT, 'public/_locales'));
const en = load('en');
const de = load('de');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

/** Keys used in code: t('key'…), tParts('key'…), and key names quoted elsewhere in modules that use lib/i18n (tables, plural()). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const sources = ['components', 'entrypoints', 'lib'].flatMap((d) => files(join(ROOT, d)));
  for (const file of sources) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\b(?:t|tParts)\(\s*'([A-Za-z0-9_]+)'/g)) used.set(m[1], relative(ROOT, file));
    if (/from '[./]*(lib\/)?i18n'/.test(src)) for (const m of src.matchAll(/'([a-z][A-Za-z0-9_]*)'/g)) if (en[m[1]] && /[A-Z]/.test(m[1])) used.set(m[1], relative(ROOT, file));
  }
  return used;
}

const placeholderNames = (e: Entry) => [...e.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe('_locales', () => {
  it('has English and German, and English is the manifest default', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'de']));
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/default_locale:\s*'en'/);
  });

  it('every key used in code exists in every language', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(100);
    for (const lang of LANGS) {
      const messages = load(lang);
      const missing = [...used].filter(([key]) => !messages[key]).map(([key, file]) => `${key} (${file})`);
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });

  it('every message is used (no dead strings to translate)', () => {
    const used = usedKeys();
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(en).filter((key) => !used.has(key) && !manifest.includes(`__MSG_${key}__`) && key !== 'localeCode');
    expect(unused).toEqual([]);
  });

  it('all languages have the same keys, valid names and non-empty messages', () => {
    for (const lang of LANGS) {
      const messages = load(lang);
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
        expect(entry.message, `${lang}.${key} has stray whitespace`).toBe(entry.message.trim());
      }
    }
  });

  it('placeholders match across languages and each one is declared with $n content', () => {
    for (const lang of LANGS) {
      const messages = load(lang);
      for (const [key, entry] of Object.entries(messages)) {
        expect(placeholderNames(entry), `${lang}.${key}`).toEqual(placeholderNames(en[key]));
        for (const name of placeholderNames(entry)) expect(entry.placeholders?.[name]?.content, `${lang}.${key}.${name}`).toMatch(/^\$\d$/);
        // The same placeholder takes the same substitution in every language.
        expect(entry.placeholders ?? {}, `${lang}.${key}`).toEqual(
          Object.fromEntries(Object.entries(en[key].placeholders ?? {}).map(([n, p]) => [n, expect.objectContaining({ content: p.content })])),
        );
      }
    }
  });

  it('German is German: no English left over, formal address', () => {
    expect(de.summaryTitle.message).toBe('Zusammenfassung');
    expect(de.timelineTitle.message).toBe('Zeitleiste');
    expect(de.sourcesTitle.message).toBe('Quellen');
    expect(de.tryAgain.message).toBe('Erneut versuchen');
    expect(de.localeCode.message).toBe('de');
    // Same text as English only where German uses the word too (brand, loanwords, shared labels).
    const SAME = new Set(['extName', 'sourcesLink', 'pause', 'themeSepia', 'themeAuto', 'fontSerif', 'fontSans', 'tags']);
    const same = Object.keys(en).filter((k) => k !== 'localeCode' && !SAME.has(k) && de[k].message === en[k].message);
    expect(same).toEqual([]);
    const english = /\b(the|and|this|your|you|with|page|couldn’t|doesn’t|try again)\b/i;
    expect(Object.entries(de).filter(([, e]) => english.test(e.message.replace(/\$[A-Z_]+\$/g, ''))).map(([k]) => k)).toEqual([]);
    // "Sie", never "du"/"dein".
    expect(Object.entries(de).filter(([, e]) => /\b(du|dein\w*|dich|dir)\b/i.test(e.message)).map(([k]) => k)).toEqual([]);
  });
});

describe('t() without the browser API (tests, page contexts)', () => {
  it('falls back to English, with substitutions', () => {
    expect(t('summaryTitle')).toBe('Summary');
    expect(t('sentenceOf', 3, 20)).toBe('Sentence 3 of 20');
    expect(t('badgeArticle', 'A story')).toBe('Article detected: A story');
    expect(formatReadingTime(4.2)).toBe('4 min read');
    expect(uiLocale()).toMatch(/^en/);
  });

  it('substitutes like Chrome: named placeholders, reordering, $$', () => {
    expect(substitute(de.sentenceOf, ['3', '20'])).toBe('Satz 3 von 20');
    expect(substitute(de.alwaysOpen, ['example.com'])).toBe('example.com immer im Lesemodus öffnen');
    expect(substitute(de.quotedOther, ['2'])).toBe('2-mal zitiert');
    expect(substitute({ message: 'a $X$ b $$5', placeholders: { x: { content: '$1' } } }, ['1'])).toBe('a 1 b $5');
  });

  it('timeline labels the core writes in English are said again in the UI language; story labels stay', () => {
    for (const event of [
      { kind: 'published' as const, label: 'Fortune publishes this story' },
      { kind: 'published' as const, label: 'This story is published' },
      { kind: 'post' as const, label: '@realDonaldTrump posts: “I spoke with President Moon…”' },
      { kind: 'event' as const, label: 'Trump posts: “not a post event”' },
    ])
      expect(eventLabel(event)).toBe(event.label);
    // From the structured fields, whatever the English label says.
    expect(eventLabel({ kind: 'published', label: '(older wording)', who: 'Fortune' })).toBe('Fortune publishes this story');
    expect(eventLabel({ kind: 'post', label: '(older wording)', who: '@x', said: 'Hello' })).toBe('@x posts: “Hello”');
    expect(substitute(de.timelinePublishedBy, ['Fortune'])).toBe('Fortune veröffentlicht diesen Artikel');
    expect(substitute(de.timelinePost, ['@x', 'Hallo'])).toBe('@x schreibt: „Hallo“');
  });

  it('core warnings: same English text, German from the files', () => {
    for (const w of ['Readability found no story; used a simpler extraction.', 'Readability gave up (boom); used a simpler extraction.', 'This story continues on another page (https://x.example/2); Lede read this page only.', 'Something new.']) expect(warningText(w)).toBe(w);
    // Numbers are formatted for the locale (en-US here).
    expect(warningText('Very large page (103998 elements): used a faster, simpler extraction.')).toBe('Very large page (103,998 elements): used a faster, simpler extraction.');
    expect(substitute(de.warnHugePage, ['103.998'])).toBe('Sehr große Seite (103.998 Elemente): Es wurde eine schnellere, einfachere Extraktion verwendet.');
  });

  it('tParts puts elements where the language puts them', () => {
    const link = { link: true };
    expect(tParts('originalAt', link)).toEqual(['Original at ', link]);
    expect(tParts('notArticleLooks', link)).toEqual(['“', link, '” looks more like a front page, a shop or an app.']);
  });
});

describe('core notices', () => {
  it('the core says each warning twice: English text and data, in the same order', async () => {
    const { noticeText } = await import('../../core/analyze');
    const notices = [
      { code: 'huge-page' as const, elements: 103998 },
      { code: 'readability-failed' as const, detail: 'boom' },
      { code: 'readability-empty' as const },
      { code: 'next-page' as const, url: 'https://x.example/2' },
    ];
    // English from the core and English from the UI table agree (numbers formatted for the locale).
    expect(notices.map(noticeText)).toEqual([
      'Very large page (103998 elements): used a faster, simpler extraction.',
      'Readability gave up (boom); used a simpler extraction.',
      'Readability found no story; used a simpler extraction.',
      'This story continues on another page (https://x.example/2); Lede read this page only.',
    ]);
    expect(notices.map(noticeLabel)).toEqual([
      'Very large page (103,998 elements): used a faster, simpler extraction.',
      'Readability gave up (boom); used a simpler extraction.',
      'Readability found no story; used a simpler extraction.',
      'This story continues on another page (https://x.example/2); Lede read this page only.',
    ]);
    expect(substitute(de.warnMultiPage, ['https://x.example/2'])).toBe('Der Artikel geht auf einer weiteren Seite weiter (https://x.example/2); Lede hat nur diese Seite gelesen.');
  });
});
