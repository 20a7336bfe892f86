/**
 * The reader overlay lives in a CLOSED shadow root, so neither page scripts nor Playwright's
 * selectors can see into it. Tests reach it the way DevTools does: CDP `DOM.describeNode` with
 * `pierce` finds the shadow root, `DOM.resolveNode` gives a handle to it, and
 * `Runtime.callFunctionOn` runs a function with `this` = the shadow root.
 */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    await s.send('DOM.enable');
    sessions.set(page, s);
  }
  return s;
}

/** Whether the overlay host element is in the page. */
export async function overlayPresent(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('lede-reader'));
}

/**
 * Runs `fn` with `this` bound to the overlay's shadow root and returns its (JSON) result;
 * null when there is no overlay. `fn` is serialized: it can't close over test variables, pass `args`.
 */
export function inOverlay<T>(page: Page, fn: (this: ShadowRoot, ...args: any[]) => T | Promise<T>, ...args: unknown[]): Promise<T | null> {
  return inShadow(page, 'lede-reader', fn, ...args);
}

/** Like `inOverlay`, for any Lede host with a closed shadow root (`lede-highlights`: the highlight UI on a page). */
export async function inShadow<T>(page: Page, host: string, fn: (this: ShadowRoot, ...args: any[]) => T | Promise<T>, ...args: unknown[]): Promise<T | null> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: fn.toString(),
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`inOverlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** The text a person sees in the overlay (innerText skips hidden elements). */
export function overlayText(page: Page): Promise<string | null> {
  return inOverlay(page, function () {
    const el = this.querySelector('.lede-reader') as HTMLElement | null;
    return el ? el.innerText : '';
  });
}

/** The overlay's markup. */
export function overlayHtml(page: Page): Promise<string | null> {
  return inOverlay(page, function () {
    return this.innerHTML;
  });
}

/** Clicks a control in the overlay, found by its accessible label. */
export function clickInOverlay(page: Page, label: string): Promise<boolean | null> {
  return inOverlay(
    page,
    function (l: string) {
      const el = Array.from(this.querySelectorAll<HTMLElement>('button, [role="switch"], a, input')).find((e) => e.getAttribute('aria-label') === l || e.textContent?.trim() === l);
      el?.click();
      return !!el;
    },
    label,
  );
}
