/**
 * The highlights of the story in this tab, as the page script sees them: through the background
 * (which owns the library), for both the page's own text and the reader overlay. One instance per
 * page script, so that a highlight made in the overlay shows on the page too, and back.
 */
import { browser } from 'wxt/browser';
import type { HighlightClient } from '../../highlights/client';
import { fail, sendToBackground, type Result } from '../../messages';
import type { Highlight } from '../../library/types';
import { t } from '../../i18n';

/** Who listens, and which surface each one is (a surface doesn't hear about its own changes). */
const listeners = new Map<() => void, string>();

function changed(origin: string): void {
  for (const [fn, who] of [...listeners]) {
    if (who === origin) continue;
    try {
      fn();
    } catch {
      // One surface failing to redraw doesn't stop the others.
    }
  }
}

async function ask<T>(send: () => Promise<Result<T> | undefined>): Promise<Result<T>> {
  try {
    return (await send()) ?? fail('failed', t('pageSentNothing'));
  } catch (e) {
    return fail('failed', e instanceof Error ? e.message : String(e));
  }
}

/** The client for one surface of this page (`'page'`, `'overlay'`). */
export function pageHighlights(origin: string): HighlightClient {
  return {
    async list(): Promise<Highlight[]> {
      const res = await ask(() => sendToBackground(browser.runtime, { type: 'page:highlights' }));
      return res.ok ? res.value.highlights : [];
    },
    async add(highlight) {
      const res = await ask(() => sendToBackground(browser.runtime, { type: 'page:highlightAdd', highlight }));
      if (res.ok) changed(origin);
      return res;
    },
    async change(id, change) {
      const res = await ask(() => sendToBackground(browser.runtime, { type: 'page:highlightEdit', id, change }));
      if (res.ok) changed(origin);
      return res;
    },
    watch(onChange) {
      listeners.set(onChange, origin);
      return () => void listeners.delete(onChange);
    },
  };
}
