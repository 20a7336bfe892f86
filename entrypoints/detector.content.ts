import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { detect } from '../core/detect';
import type { Message } from '../lib/messages';

/**
 * The always-on part of Lede: a tiny content script that runs the cheap detector once the page
 * is idle and tells the background, which shows a badge on article tabs. Only core/detect.ts
 * is bundled here; Readability, chrono-node and the summarizer are injected on demand.
 * Single-page apps change stories without a page load, so it runs again on every URL change.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let pending = 0;

    const report = () => {
      if (ctx.isInvalid) return;
      const result = detect(document, location.href);
      const message: Message<'content:detected'> = {
        type: 'content:detected',
        url: location.href,
        title: result.title.slice(0, 300),
        isArticle: result.isArticle,
        score: result.score,
        reasons: result.reasons,
      };
      // The background may be restarting; a lost report only means no badge.
      browser.runtime.sendMessage(message).catch(() => {});
    };

    /** Runs the detector when the browser has nothing better to do (at most 1 s later). */
    const schedule = (delay: number) => {
      clearTimeout(pending);
      pending = ctx.setTimeout(() => {
        if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(report, { timeout: 1000 });
        else report();
      }, delay);
    };

    schedule(0);
    // SPA navigation: give the new view a moment to render before looking at it.
    ctx.addEventListener(window, 'wxt:locationchange', () => schedule(600));
  },
});
