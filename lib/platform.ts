/**
 * Feature detection for the places where Chrome and Firefox differ. Detect the capability,
 * never the browser name: Chromium forks, Firefox for Android and future releases all fall out
 * right. Every helper takes the global scope as a parameter so tests can pass a stub.
 *
 *   Chrome (MV3)                    Firefox (MV2 build)
 *   chrome.sidePanel                browser.sidebarAction
 *   action                          browserAction
 *   scripting (MV3)                 scripting (Firefox 102+, MV2 too)
 *   Summarizer (138+, on-device)    absent
 */

type Scope = typeof globalThis;
type Fn = (...args: never[]) => unknown;
type Namespace = Record<string, unknown> | undefined;

/** The extension namespace: Firefox's native `browser`, else Chrome's `chrome`. */
function extensionApi(scope: Scope): Namespace {
  const g = scope as unknown as { browser?: Namespace; chrome?: Namespace };
  return g.browser ?? g.chrome;
}

function hasMethod(namespace: unknown, method: string): boolean {
  return !!namespace && typeof (namespace as Record<string, unknown>)[method] === 'function';
}

/** Chrome's side panel (`chrome.sidePanel.open`, Chrome 116+). */
export function hasSidePanel(scope: Scope = globalThis): boolean {
  const chrome = (scope as unknown as { chrome?: { sidePanel?: unknown } }).chrome;
  return hasMethod(chrome?.sidePanel, 'open');
}

/** Firefox's sidebar (`browser.sidebarAction.open`; must be called from a user action). */
export function hasSidebarAction(scope: Scope = globalThis): boolean {
  return hasMethod(extensionApi(scope)?.sidebarAction, 'open');
}

/** `scripting.executeScript`: Chrome MV3, Firefox 102+ (MV2 and MV3). */
export function hasScripting(scope: Scope = globalThis): boolean {
  return hasMethod(extensionApi(scope)?.scripting, 'executeScript');
}

/** `Intl.Segmenter` (Chrome 87+, Firefox 125+); core/sentences.ts falls back to punctuation rules. */
export function hasSegmenter(scope: Scope = globalThis): boolean {
  return typeof (scope.Intl as { Segmenter?: unknown } | undefined)?.Segmenter === 'function';
}

/** Chrome's built-in on-device Summarizer API (Chrome 138+). Its model may still need a download:
 * see `summarizerAvailability()` in lib/ai-summary.ts for that. */
export function hasSummarizer(scope: Scope = globalThis): boolean {
  const s = (scope as unknown as { Summarizer?: unknown }).Summarizer;
  return hasMethod(s, 'availability') && hasMethod(s, 'create');
}

/** The toolbar button API: MV3's `action`, or MV2's `browserAction` (the Firefox build). */
export function toolbarAction<T = Record<string, Fn>>(scope: Scope = globalThis): T | undefined {
  const api = extensionApi(scope);
  return (api?.action ?? api?.browserAction) as T | undefined;
}
