import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerPageAnalysis } from '../../lib/page/analysis';
import { isReaderOn, readerHighlightSelection, registerReaderOverlay } from '../../lib/page/reader';
import { registerPageHighlights } from '../../lib/page/highlights';

/**
 * The on-demand page script: injected by the background through `scripting.executeScript`
 * only when the person asks (popup opened, reader toggled, "Highlight with Lede"), or when a page
 * that loads is a saved story with highlights. It holds the heavy parts (Readability, chrono-node,
 * the summarizer, the reader overlay, highlights); the always-on detector content script stays tiny.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    // Injected at most once per page: a second injection finds the flag and does nothing.
    const flag = '__ledePageScript';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[flag]) return;
    scope[flag] = true;
    registerPageAnalysis(ctx);
    registerReaderOverlay(ctx);
    registerPageHighlights(ctx, { isOpen: isReaderOn, highlightSelection: readerHighlightSelection });
  },
});
