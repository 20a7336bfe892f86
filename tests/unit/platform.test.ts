import { describe, expect, it } from 'vitest';
import { hasScripting, hasSegmenter, hasSidebarAction, hasSidePanel, hasSummarizer, toolbarAction } from '../../lib/platform';

const fn = () => undefined;
const scope = (g: Record<string, unknown>) => g as unknown as typeof globalThis;

// What each engine exposes to an extension page, reduced to the parts the helpers look at.
const chromeMv3 = scope({
  chrome: { sidePanel: { open: fn }, action: { setBadgeText: fn }, scripting: { executeScript: fn } },
  Intl: { Segmenter: class {} },
  Summarizer: { availability: fn, create: fn },
});
const firefoxMv2 = scope({
  browser: { sidebarAction: { open: fn }, browserAction: { setBadgeText: fn }, scripting: { executeScript: fn } },
  chrome: { browserAction: { setBadgeText: fn } },
  Intl: { Segmenter: class {} },
});
const oldEngine = scope({ chrome: { tabs: {} }, Intl: {} });

describe('platform feature detection', () => {
  it('finds Chrome’s side panel, action, scripting, segmenter and Summarizer', () => {
    expect(hasSidePanel(chromeMv3)).toBe(true);
    expect(hasSidebarAction(chromeMv3)).toBe(false);
    expect(hasScripting(chromeMv3)).toBe(true);
    expect(hasSegmenter(chromeMv3)).toBe(true);
    expect(hasSummarizer(chromeMv3)).toBe(true);
    expect(toolbarAction(chromeMv3)).toBe((chromeMv3 as unknown as { chrome: { action: unknown } }).chrome.action);
  });

  it('finds Firefox’s sidebar and browserAction through the native `browser` namespace', () => {
    expect(hasSidePanel(firefoxMv2)).toBe(false);
    expect(hasSidebarAction(firefoxMv2)).toBe(true);
    expect(hasScripting(firefoxMv2)).toBe(true);
    expect(hasSegmenter(firefoxMv2)).toBe(true);
    expect(hasSummarizer(firefoxMv2)).toBe(false);
    expect(toolbarAction(firefoxMv2)).toBe((firefoxMv2 as unknown as { browser: { browserAction: unknown } }).browser.browserAction);
  });

  it('reports nothing on an engine without these APIs, and never throws', () => {
    expect(hasSidePanel(oldEngine)).toBe(false);
    expect(hasSidebarAction(oldEngine)).toBe(false);
    expect(hasScripting(oldEngine)).toBe(false);
    expect(hasSegmenter(oldEngine)).toBe(false);
    expect(hasSummarizer(oldEngine)).toBe(false);
    expect(toolbarAction(oldEngine)).toBeUndefined();
    expect(hasSegmenter(scope({}))).toBe(false);
    expect(hasSidePanel(scope({}))).toBe(false);
  });

  it('wants callable APIs, not just the names (a half-implemented Summarizer does not count)', () => {
    expect(hasSummarizer(scope({ Summarizer: { availability: fn } }))).toBe(false);
    expect(hasSummarizer(scope({ Summarizer: {} }))).toBe(false);
    expect(hasSidePanel(scope({ chrome: { sidePanel: {} } }))).toBe(false);
  });

  it('defaults to the real global scope (Node: Intl.Segmenter, no extension APIs)', () => {
    expect(hasSegmenter()).toBe(typeof Intl.Segmenter === 'function');
    expect(hasSummarizer()).toBe(false);
  });
});
