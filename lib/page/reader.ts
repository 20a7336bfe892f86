/**
 * Page side of reader mode, part of the on-demand page script. The overlay is ONE element
 * (`<lede-reader>`, appended to <html>) with a closed shadow root made by WXT's
 * `createShadowRootUi`: page CSS can't style it and page scripts can't reach into it. Inside, a
 * modal <dialog> covers the viewport and scrolls itself. Nothing of the page is changed; closing
 * removes the element, puts the scroll position and focus back where they were.
 */
import { render, h } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import '../../components/reader/reader.css';
import './reader/overlay.css';
import type { ReaderHandle } from '../../components/reader/ReaderView';
import type { Analysis } from '../../core/types';
import { t, uiLocale } from '../i18n';
import { isMessage, sendToBackground, type Message, type ReaderState, type Result } from '../messages';
import { DEFAULT_SETTINGS, getAlwaysReaderHosts, getReaderSettings, watchAlwaysReaderHosts, watchReaderSettings, type ReaderSettings } from '../settings';
import { getPageAnalysis } from './analysis';
import { Overlay } from './reader/Overlay';
import { pageHighlights } from './highlights/client';

/** The overlay's highlights go through the background, like the page's own (and each hears of the other's). */
const overlayHighlights = pageHighlights('overlay');

interface OpenState {
  analysis: Analysis;
  ask: boolean;
  scroll: { x: number; y: number };
  focus: Element | null;
  url: string;
}

let ui: ShadowRootContentScriptUi<void> | null = null;
let creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
let current: OpenState | null = null;
const handle: { current: ReaderHandle | null } = { current: null };
// Settings are read ahead, so the reader paints with them on the first frame.
let settings: ReaderSettings = { ...DEFAULT_SETTINGS };
let hosts: string[] = [];

/** Dates and numbers in the language of the reader's strings. */
function locale(): string {
  return uiLocale();
}

function notify(on: boolean): void {
  void sendToBackground(browser.runtime, { type: 'page:readerState', on } as Message<'page:readerState'>).catch(() => {});
}

function ensureUi(ctx: ContentScriptContext): Promise<ShadowRootContentScriptUi<void>> {
  if (ui) return Promise.resolve(ui);
  creating ??= createShadowRootUi<void>(ctx, {
    name: 'lede-reader',
    // 'inline' keeps WXT from styling the host: it stays an empty inline element, taking no space.
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    // Keys typed in the reader don't reach the page's own shortcuts.
    isolateEvents: true,
    onMount(container) {
      const open = current;
      if (!open) return;
      render(
        h(Overlay, {
          analysis: open.analysis,
          settings,
          hosts,
          ask: open.ask,
          locale: locale(),
          handleRef: handle,
          highlights: overlayHighlights,
          onClose: () => closeReader(true),
          actions: {
            onPrint: () => window.print(),
            onOpenTab: () => void sendToBackground(browser.runtime, { type: 'page:openTab', url: open.url }).catch(() => {}),
            onSave: async () => {
              const res = await sendToBackground(browser.runtime, { type: 'page:save', url: open.url });
              if (res?.ok) return { ok: true, message: res.value.updated ? t('updatedInLibrary') : t('savedInLibrary') };
              return { ok: false, message: res?.error.message ?? t('couldntSaveStory') };
            },
          },
        }),
        container,
      );
    },
    onRemove() {
      const body = ui?.uiContainer;
      if (body) render(null, body);
    },
  }).then((made) => (ui = made));
  return creating;
}

export function isReaderOn(): boolean {
  return current !== null;
}

/** Opens the reader. `analysis` may come from the background's cache; else the page analyzes. */
export async function openReader(ctx: ContentScriptContext, options: { analysis?: Analysis; confirmed?: boolean } = {}): Promise<ReaderState> {
  if (current) return { on: true };
  const url = location.href;
  const analysis = options.analysis && options.analysis.url === url ? options.analysis : getPageAnalysis();
  const made = await ensureUi(ctx);
  if (current) return { on: true };
  current = {
    analysis,
    ask: !analysis.isArticle && !options.confirmed,
    scroll: { x: window.scrollX, y: window.scrollY },
    focus: document.activeElement,
    url,
  };
  made.mount();
  return { on: true };
}

/** Closes the reader: removes the overlay, restores scroll and focus. */
export function closeReader(fromOverlay = false): ReaderState {
  const open = current;
  if (!open) return { on: false };
  current = null;
  ui?.remove();
  handle.current = null;
  if (window.scrollX !== open.scroll.x || window.scrollY !== open.scroll.y) {
    window.scrollTo({ left: open.scroll.x, top: open.scroll.y, behavior: 'instant' });
  }
  const focus = open.focus as HTMLElement | null;
  if (focus && focus !== document.body && focus.isConnected && typeof focus.focus === 'function') focus.focus({ preventScroll: true });
  if (fromOverlay) notify(false);
  return { on: false };
}

/**
 * Jumps to a sentence of the story inside the reader and highlights it. True when the reader is
 * on and showed it; false otherwise (the caller then looks in the page itself).
 */
export function readerScrollTo(sentenceIndex: number, text: string): boolean {
  if (!current || current.ask) return false;
  return handle.current?.scrollToSentence(sentenceIndex, text) ?? false;
}

/** Highlights the selection inside the reader (context menu, shortcut); null when the reader isn't showing the story. */
export function readerHighlightSelection(): Promise<Result<{ highlighted: boolean }>> | null {
  if (!current || current.ask || !handle.current) return null;
  return handle.current.highlightSelection();
}

async function onReaderMessage(ctx: ContentScriptContext, message: Message<'bg:reader'>): Promise<ReaderState> {
  const want = message.on ?? !current;
  if (!want) return closeReader();
  return openReader(ctx, { analysis: message.analysis, confirmed: message.confirmed });
}

export function registerReaderOverlay(ctx: ContentScriptContext): void {
  void getReaderSettings().then((s) => (settings = s), () => {});
  void getAlwaysReaderHosts().then((list) => (hosts = list), () => {});
  const stopSettings = watchReaderSettings((s) => (settings = s));
  const stopHosts = watchAlwaysReaderHosts((list) => (hosts = list));

  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'bg:reader') {
      return onReaderMessage(ctx, message as Message<'bg:reader'>).catch((error: unknown) => {
        console.warn('Lede: reader mode failed:', error);
        closeReader();
        return { on: false };
      });
    }
    if (message.type === 'bg:readerState') return Promise.resolve({ on: isReaderOn() } satisfies ReaderState);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);

  // A different story (SPA navigation): the overlay showed the old one, so it closes.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (current) closeReader(true);
  });

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    stopSettings();
    stopHosts();
    closeReader();
  });
}
