/**
 * Reader settings, persisted with WXT storage (`storage.sync`: follows the person across
 * browsers when sync is on, stays local otherwise). Every read goes through `normalizeSettings`,
 * so a value from an older version or a hand-edited store can never break the reader.
 */
import { storage } from 'wxt/utils/storage';

export type ReaderTheme = 'light' | 'sepia' | 'dark' | 'system';
export type ReaderFont = 'serif' | 'sans' | 'dyslexic';

export interface ReaderSettings {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Measure of the text column, in `ch`. */
  width: number;
  /** Read-aloud speed (1 = the voice's normal pace). */
  speechRate: number;
  /** `voiceURI` of the chosen read-aloud voice; null picks one that matches the story's language. */
  voice: string | null;
}

export const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark', 'system'];
export const FONTS: readonly ReaderFont[] = ['serif', 'sans', 'dyslexic'];
export const FONT_SIZE = { min: 14, max: 30, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2.1, step: 0.05 } as const;
export const WIDTH = { min: 45, max: 90, step: 1 } as const;
export const SPEECH_RATE = { min: 0.5, max: 2.5, step: 0.05 } as const;

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineHeight: 1.6,
  width: 68,
  speechRate: 1,
  voice: null,
});

function clamp(value: unknown, range: { min: number; max: number; step: number }, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return fallback;
  const stepped = Math.round((n - range.min) / range.step) * range.step + range.min;
  const bounded = Math.min(range.max, Math.max(range.min, stepped));
  return Math.round(bounded * 100) / 100;
}

/** Any value (stored, partial, junk) to a complete, valid settings object. */
export function normalizeSettings(value: unknown): ReaderSettings {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    theme: THEMES.includes(v.theme as ReaderTheme) ? (v.theme as ReaderTheme) : DEFAULT_SETTINGS.theme,
    font: FONTS.includes(v.font as ReaderFont) ? (v.font as ReaderFont) : DEFAULT_SETTINGS.font,
    fontSize: clamp(v.fontSize, FONT_SIZE, DEFAULT_SETTINGS.fontSize),
    lineHeight: clamp(v.lineHeight, LINE_HEIGHT, DEFAULT_SETTINGS.lineHeight),
    width: clamp(v.width, WIDTH, DEFAULT_SETTINGS.width),
    speechRate: clamp(v.speechRate, SPEECH_RATE, DEFAULT_SETTINGS.speechRate),
    voice: typeof v.voice === 'string' && v.voice.length > 0 && v.voice.length < 500 ? v.voice : null,
  };
}

/** The host a per-site preference is keyed by: lowercase, without a leading "www.". */
export function siteKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A clean, sorted, duplicate-free host list (junk entries dropped). */
export function normalizeHosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value
    .filter((h): h is string => typeof h === 'string')
    .map((h) => h.trim().toLowerCase().replace(/^www\./, ''))
    .filter((h) => /^[a-z0-9.-]+(:\d+)?$/.test(h) && h.length <= 253);
  return [...new Set(hosts)].sort();
}

export const readerSettingsItem = storage.defineItem<ReaderSettings>('sync:readerSettings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** Sites ("example.com") whose articles open in reader mode by themselves. Off for every site by default. */
export const alwaysReaderHostsItem = storage.defineItem<string[]>('sync:alwaysReaderHosts', {
  fallback: [],
  version: 1,
});

export async function getReaderSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettingsItem.getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Merges a change into the stored settings and returns the result. Writes from this context run
 * one after another, so quick successive changes (theme, then font) never overwrite each other.
 */
export function updateReaderSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const run = writes.then(async () => {
    const next = normalizeSettings({ ...(await getReaderSettings()), ...change });
    await readerSettingsItem.setValue(next);
    return next;
  });
  writes = run.catch(() => {});
  return run;
}

/** Calls `cb` with the new settings whenever they change (in any tab or extension page). Returns the unsubscribe. */
export function watchReaderSettings(cb: (settings: ReaderSettings) => void): () => void {
  return readerSettingsItem.watch((value) => cb(normalizeSettings(value)));
}

export async function getAlwaysReaderHosts(): Promise<string[]> {
  return normalizeHosts(await alwaysReaderHostsItem.getValue());
}

export async function isAlwaysReader(url: string | null | undefined): Promise<boolean> {
  const key = siteKey(url);
  return !!key && (await getAlwaysReaderHosts()).includes(key);
}

/** Adds or removes a host (or a URL's host) from the "always open in reader mode" list. */
export function setAlwaysReader(hostOrUrl: string, on: boolean): Promise<string[]> {
  const run = writes.then(async () => {
    const key = /^https?:/i.test(hostOrUrl) ? siteKey(hostOrUrl) : normalizeHosts([hostOrUrl])[0];
    const hosts = await getAlwaysReaderHosts();
    if (!key) return hosts;
    const next = normalizeHosts(on ? [...hosts, key] : hosts.filter((h) => h !== key));
    await alwaysReaderHostsItem.setValue(next);
    return next;
  });
  writes = run.catch(() => {});
  return run;
}

export function watchAlwaysReaderHosts(cb: (hosts: string[]) => void): () => void {
  return alwaysReaderHostsItem.watch((value) => cb(normalizeHosts(value)));
}
