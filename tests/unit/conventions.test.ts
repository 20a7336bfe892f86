/**
 * Conventions enforced by tests (as Refined GitHub does): the core stays pure, the always-on
 * content script stays small in what it imports, and page HTML never reaches innerHTML unsanitized.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

describe('core/ is pure', () => {
  const core = files(join(ROOT, 'core'));
  it('has modules to check', () => expect(core.length).toBeGreaterThan(8));
  for (const file of core) {
    const src = readFileSync(file, 'utf8');
    const name = relative(ROOT, file);
    it(`${name} uses no browser extension API, network or Node built-in`, () => {
      expect(src).not.toMatch(/\b(browser|chrome)\.(runtime|tabs|storage|scripting|action|i18n)\b/);
      expect(src).not.toMatch(/from ['"](wxt|webextension-polyfill|node:|fs|path|linkedom|jsdom)/);
      expect(src).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts/);
      expect(src).not.toMatch(/\b(window|globalThis|self)\.[a-zA-Z]/);
    });
  }
});

describe('the always-on detector imports only the cheap detector', () => {
  it('entrypoints/detector.content.ts does not pull heavy modules', () => {
    let src = '';
    try {
      src = readFileSync(join(ROOT, 'entrypoints/detector.content.ts'), 'utf8');
    } catch {
      return expect(readFileSync(join(ROOT, 'core/detect.ts'), 'utf8')).not.toMatch(/readability|chrono|dompurify/i);
    }
    const imports = [...src.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports).toContain('../core/detect');
    expect(imports.filter((i) => /readability|chrono|dompurify|core\/analyze|preact|turndown|dexie|highlights|approx-string-match/.test(i))).toEqual([]);
  });
  it('core/detect.ts imports nothing heavy', () => {
    const src = readFileSync(join(ROOT, 'core/detect.ts'), 'utf8');
    const imports = [...src.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports).toEqual(['./jsonld']);
  });
});

describe('untrusted HTML goes through DOMPurify', () => {
  const ui = [...files(join(ROOT, 'components')), ...files(join(ROOT, 'entrypoints')), ...files(join(ROOT, 'lib'))];
  it('scans the UI and glue code', () => expect(ui.length).toBeGreaterThan(5));
  for (const file of ui) {
    const src = readFileSync(file, 'utf8');
    if (!/innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|outerHTML\s*=|document\.write/.test(src)) continue;
    it(`${relative(ROOT, file)} sanitizes what it injects`, () => {
      expect(src).toMatch(/sanitizeHtml|DOMPurify/);
    });
  }
});

describe('the page cannot talk to the extension', () => {
  const glue = [...files(join(ROOT, 'entrypoints')), ...files(join(ROOT, 'lib')), ...files(join(ROOT, 'components')), ...files(join(ROOT, 'modules'))];
  it('scans the glue code', () => expect(glue.length).toBeGreaterThan(10));
  for (const file of glue) {
    const src = readFileSync(file, 'utf8');
    it(`${relative(ROOT, file)} takes no window messages or page events as commands`, () => {
      // A content script shares the page's window: anything posted there comes from the page.
      expect(src).not.toMatch(/addEventListener\(\s*['"]message['"]|\.onmessage\s*=|window\.postMessage|addEventListener\(\s*['"]lede/i);
    });
  }
  it('a page-script message never names a tab or a story: the background takes them from the sender', () => {
    const src = readFileSync(join(ROOT, 'lib/messages.ts'), 'utf8');
    const schema = src.slice(src.indexOf('const SCHEMA'));
    const pageMessages = [...schema.matchAll(/'(page:[\w]+)': \{([^}]*)\}/g)];
    expect(pageMessages.map((m) => m[1])).toEqual(expect.arrayContaining(['page:save', 'page:highlights', 'page:highlightAdd', 'page:highlightEdit']));
    for (const [, type, fields] of pageMessages) expect(fields, type).not.toMatch(/tabId|entryId|source/);
    // The highlight handlers read the tab from the sender only.
    const bg = readFileSync(join(ROOT, 'lib/background/highlights.ts'), 'utf8');
    expect(bg).not.toMatch(/message\.(tabId|entryId|source|url)\b/);
    expect(bg).toMatch(/sender\.tab/);
  });
  it('highlight code on a page reacts only to a person: mark clicks and keys are checked with isTrusted', () => {
    const src = readFileSync(join(ROOT, 'lib/page/highlights/index.ts'), 'utf8');
    expect(src).toMatch(/onClick\(e: MouseEvent\): void \{\s*\/\/[^\n]*\n\s*if \(!e\.isTrusted/);
    expect(src).toMatch(/e\.isTrusted && e\.key === 'Escape'/);
    // Which mark is which lives in the script's memory, not in attributes the page can read.
    expect(src).toMatch(/new WeakMap<Element, string>/);
    expect(src).not.toMatch(/setAttribute\('data-(hl|id|note|color)/);
  });
  it('the manifest opens no door to web pages (externally_connectable, web-accessible pages)', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).not.toMatch(/externally_connectable|web_accessible_resources/);
  });
});
