import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getAlwaysReaderHosts,
  getReaderSettings,
  isAlwaysReader,
  normalizeHosts,
  normalizeSettings,
  setAlwaysReader,
  siteKey,
  updateReaderSettings,
  watchReaderSettings,
} from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSettings', () => {
  it('fills a complete object from nothing', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces invalid ones', () => {
    expect(normalizeSettings({ theme: 'sepia', font: 'dyslexic', fontSize: 24, lineHeight: 1.8, width: 60, speechRate: 1.5, voice: 'Alex' })).toEqual({
      theme: 'sepia',
      font: 'dyslexic',
      fontSize: 24,
      lineHeight: 1.8,
      width: 60,
      speechRate: 1.5,
      voice: 'Alex',
    });
    const bad = normalizeSettings({ theme: 'neon', font: 'Comic', fontSize: 'huge', lineHeight: NaN, width: null, voice: 42 });
    expect(bad).toEqual(DEFAULT_SETTINGS);
  });

  it('clamps numbers to their ranges and steps', () => {
    const s = normalizeSettings({ fontSize: 99, lineHeight: 0.2, width: 10, speechRate: 9 });
    expect(s.fontSize).toBe(30);
    expect(s.lineHeight).toBe(1.3);
    expect(s.width).toBe(45);
    expect(s.speechRate).toBe(2.5);
    expect(normalizeSettings({ fontSize: 20.6 }).fontSize).toBe(21);
    expect(normalizeSettings({ lineHeight: 1.62 }).lineHeight).toBe(1.6);
    expect(normalizeSettings({ fontSize: '18' }).fontSize).toBe(18);
  });
});

describe('site keys', () => {
  it('is the lowercase host without www, for http(s) only', () => {
    expect(siteKey('https://WWW.Fortune.com/2018/07/06/x')).toBe('fortune.com');
    expect(siteKey('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteKey('chrome://settings')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
    expect(siteKey(null)).toBeNull();
  });

  it('normalizes host lists: sorted, unique, junk dropped', () => {
    expect(normalizeHosts(['www.b.com', 'a.com', 'A.com', 42, 'bad host', '<script>', ''])).toEqual(['a.com', 'b.com']);
    expect(normalizeHosts('a.com')).toEqual([]);
  });
});

describe('stored settings', () => {
  it('reads defaults, persists changes, and survives junk in storage', async () => {
    expect(await getReaderSettings()).toEqual(DEFAULT_SETTINGS);
    const next = await updateReaderSettings({ theme: 'dark', fontSize: 22 });
    expect(next).toMatchObject({ theme: 'dark', fontSize: 22, font: 'serif' });
    expect(await getReaderSettings()).toEqual(next);
    await fakeBrowser.storage.sync.set({ readerSettings: { theme: 'plaid', fontSize: -3 } });
    expect(await getReaderSettings()).toMatchObject({ theme: 'system', fontSize: 14 });
  });

  it('quick successive changes never overwrite each other', async () => {
    await Promise.all([updateReaderSettings({ theme: 'sepia' }), updateReaderSettings({ font: 'sans' }), updateReaderSettings({ width: 55 })]);
    expect(await getReaderSettings()).toMatchObject({ theme: 'sepia', font: 'sans', width: 55 });
  });

  it('notifies watchers with normalized values', async () => {
    const seen: string[] = [];
    const stop = watchReaderSettings((s) => seen.push(s.theme));
    await updateReaderSettings({ theme: 'light' });
    await new Promise((r) => setTimeout(r, 10));
    stop();
    await updateReaderSettings({ theme: 'dark' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['light']);
  });
});

describe('always open in reader mode', () => {
  it('is off by default, can be added by host or URL, and removed', async () => {
    expect(await getAlwaysReaderHosts()).toEqual([]);
    expect(await isAlwaysReader('https://fortune.com/x')).toBe(false);
    await setAlwaysReader('https://www.fortune.com/2018/07/06/story', true);
    await setAlwaysReader('nytimes.com', true);
    await setAlwaysReader('nytimes.com', true);
    expect(await getAlwaysReaderHosts()).toEqual(['fortune.com', 'nytimes.com']);
    expect(await isAlwaysReader('https://fortune.com/other')).toBe(true);
    expect(await isAlwaysReader('https://example.com/')).toBe(false);
    await setAlwaysReader('fortune.com', false);
    expect(await getAlwaysReaderHosts()).toEqual(['nytimes.com']);
    expect(await setAlwaysReader('javascript:alert(1)', true)).toEqual(['nytimes.com']);
  });
});
