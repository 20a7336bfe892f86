/**
 * UI strings through the browser's i18n (`public/_locales/<lang>/messages.json`). `t()` asks
 * `browser.i18n.getMessage`; where that API is missing (unit tests, a page context) or has no such
 * message, it substitutes from the bundled English file, so a string is never blank.
 * `uiLocale()` is the locale that dates and numbers are formatted in: the browser's UI language
 * when our strings are in that language, else the language our strings fell back to, so a page
 * never mixes English words with French dates.
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The same substitution Chrome does: `$name$` → the placeholder's content; `$1`..`$9` → substitutions. */
export function substitute(entry: Entry, substitutions: readonly string[]): string {
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return ph ? positional(ph.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

function native(): typeof browser.i18n | undefined {
  try {
    return browser?.i18n;
  } catch {
    return undefined;
  }
}

/** A UI string in the browser's language; `substitutions` fill the message's placeholders in order. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  try {
    // WXT types getMessage from the messages.json it saw at `wxt prepare`; MessageKey is ours.
    const i18n = native() as { getMessage(name: string, substitutions?: string[]): string } | undefined;
    const text = i18n?.getMessage(key, subs);
    if (text) return text;
  } catch {
    // No i18n here (tests, a page world): the English file below.
  }
  return substitute((en as Record<string, Entry>)[key] ?? { message: key }, subs);
}

/** The browser's UI language ("de", "en-GB"), or the page's where the API is missing. */
function browserLanguage(): string {
  try {
    const lang = native()?.getUILanguage();
    if (lang) return lang;
  } catch {
    // fall through
  }
  return (typeof navigator !== 'undefined' && (navigator.languages?.[0] || navigator.language)) || 'en-US';
}

/** The locale for Intl: the UI language, unless our strings fell back to another language. */
export function uiLocale(): string {
  const ui = browserLanguage().replace(/_/g, '-');
  const strings = t('localeCode');
  return ui.toLowerCase().split('-')[0] === strings.toLowerCase().split('-')[0] ? ui : strings;
}

/**
 * A message whose placeholders are elements (a link, a bold host, a title with its own `dir`):
 * the text around them, split at the placeholders, with the elements in their places, so each
 * language keeps its own word order.
 */
export function tParts<T>(key: MessageKey, ...items: T[]): Array<string | T> {
  const text = t(key, ...items.map((_, i) => `\uE000${i}\uE001`));
  return text
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 ? items[Number(part)] : part))
    .filter((part) => part !== '');
}

/** `<html lang>` of an extension page follows the language of its strings (screen readers, hyphenation). */
export function setDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = t('localeCode');
}

/** The singular or plural message for `n` by the UI language's plural rules. */
export function plural(n: number, one: MessageKey, other: MessageKey): MessageKey {
  try {
    return new Intl.PluralRules(uiLocale()).select(n) === 'one' ? one : other;
  } catch {
    return n === 1 ? one : other;
  }
}
