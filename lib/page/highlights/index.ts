/**
 * Highlights on the page itself, part of the on-demand page script (never the always-on detector).
 *
 * When it runs: the page script is injected when Lede is asked (popup, reader, "Highlight with
 * Lede", the shortcut), and by the background when a page that loads is a saved story with
 * highlights. Then the story's highlights are anchored in the page (one pass; see
 * lib/highlights/anchor.ts) and shown as <mark>s, and selecting text offers the toolbar.
 *
 * What the page sees: the <mark> elements around the text it already has, with an inline colour
 * and a bare `data-lede-highlight` attribute. No ids, notes or colours' names; which mark is which
 * lives in this script's own memory (a WeakMap the page can't read). The toolbar, the dialog and
 * the notes are in a closed shadow root, like the reader. A click on a mark counts only when it is
 * a real one (`isTrusted`), and only marks this script made are Lede's: a page that forges
 * `<mark data-lede-highlight>` gets nothing. Everything that is stored goes through the background,
 * which takes the story from the sender's tab, never from the message.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { describeRange, indexText, MAX_QUOTE } from '../../highlights/anchor';
import { anchorAndMark, unwrapMarks, wrapRange } from '../../highlights/marks';
import { clearSelection, selectedRange } from '../../highlights/selection';
import { quoteFor } from '../../highlights/client';
import { inReadingOrder } from '../../library/highlights';
import type { Highlight, HighlightChange, HighlightColor } from '../../library/types';
import { fail, isMessage, ok, type Message, type Result } from '../../messages';
import { t } from '../../i18n';
import type { Box } from '../../../components/reader/Highlights';
import { pageHighlights } from './client';
import { PageUi, type PageUiState } from './PageUi';

/** Colours on a page: translucent, so they read on light and dark pages alike. */
const PAGE_COLORS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 212, 59, 0.5)',
  green: 'rgba(104, 214, 128, 0.45)',
  blue: 'rgba(108, 176, 255, 0.42)',
  pink: 'rgba(255, 128, 184, 0.42)',
};

function boxOf(rect: DOMRect | null | undefined): Box | null {
  if (!rect || (!rect.width && !rect.height)) return null;
  return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

function paint(mark: HTMLElement, color: HighlightColor): void {
  // The page's own CSS may style <mark>: the colour is set so that it wins, nothing else changes.
  mark.style.setProperty('background-color', PAGE_COLORS[color], 'important');
  mark.style.setProperty('color', 'inherit', 'important');
  mark.style.setProperty('padding', '0', 'important');
  mark.style.setProperty('border-radius', '2px', 'important');
}

/** Typing in a form field is not reading: no toolbar there. */
function inEditable(range: Range): boolean {
  const el = (range.commonAncestorContainer.nodeType === 1 ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement) as HTMLElement | null;
  return !!el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

export interface PageHighlighterOptions {
  /** Whether the reader overlay covers the page (then the overlay highlights, not the page). */
  readerOpen(): boolean;
}

export class PageHighlighter {
  private client = pageHighlights('page');
  private items: Highlight[] = [];
  private marks = new Map<string, HTMLElement[]>();
  /** Which highlight a mark shows: in this script's memory only. */
  private owner = new WeakMap<Element, string>();
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private state: PageUiState = { toolbar: null, color: 'yellow', busy: false, editing: null, missing: [], status: '' };
  private missingDismissed = false;
  private pointerDown = false;
  private statusTimer = 0;
  private loaded = false;

  constructor(
    private ctx: ContentScriptContext,
    private options: PageHighlighterOptions,
  ) {}

  /** Starts following the selection and clicks on highlights. */
  start(): void {
    const { ctx } = this;
    const onSelection = () => this.updateToolbar();
    ctx.addEventListener(document, 'selectionchange', onSelection);
    ctx.addEventListener(
      document,
      'pointerdown',
      (e: PointerEvent) => {
        if (e.composedPath().some((n) => (n as Element).tagName === 'LEDE-HIGHLIGHTS')) return;
        this.pointerDown = true;
      },
      { capture: true },
    );
    ctx.addEventListener(
      document,
      'pointerup',
      () => {
        if (!this.pointerDown) return;
        this.pointerDown = false;
        requestAnimationFrame(() => this.updateToolbar());
      },
      { capture: true },
    );
    ctx.addEventListener(document, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
    // Escape closes the dialog even when the focus has left it (a person's key only).
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Escape' && this.state.editing) this.set({ editing: null });
    });
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.onScroll(), { passive: true });
    // The overlay changed something.
    const stop = this.client.watch?.(() => void this.refresh());
    // Another story in a single-page app: its own highlights (or none).
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.missingDismissed = false;
      this.set({ editing: null, toolbar: null });
      void this.refresh();
    });
    ctx.onInvalidated(() => {
      stop?.();
      this.clear();
      this.ui?.remove();
    });
  }

  private refreshing: Promise<{ shown: number; missing: number }> | null = null;

  /**
   * Loads the story's highlights and shows them on the page. Calls that come while one runs share
   * it (the injection and the background's "show them" arrive together on a saved story).
   */
  refresh(): Promise<{ shown: number; missing: number }> {
    this.refreshing ??= this.client
      .list()
      .then((list) => {
        this.items = inReadingOrder(list);
        this.loaded = true;
        return this.redraw();
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private redraw(): { shown: number; missing: number } {
    this.clear();
    const body = document.body;
    if (!body || !this.items.length) {
      this.set({ missing: [] });
      return { shown: 0, missing: 0 };
    }
    const shown = anchorAndMark(
      body,
      this.items.map((item) => ({ item, quote: quoteFor(item, 'page') })),
      ({ item }) => {
        const m = document.createElement('mark');
        paint(m, item.color);
        return m;
      },
    );
    for (const { item, marks } of shown) {
      if (!marks.length) continue;
      this.marks.set(item.item.id, marks);
      for (const m of marks) this.owner.set(m, item.item.id);
    }
    const missing = this.items.filter((x) => !this.marks.has(x.id));
    if (missing.length && !this.missingDismissed) void this.mount();
    this.set({ missing: this.missingDismissed ? [] : missing });
    return { shown: this.marks.size, missing: missing.length };
  }

  /** Removes every mark this script made. */
  private clear(): void {
    const all = [...this.marks.values()].flat().filter((m) => m.isConnected);
    if (all.length) unwrapMarks(all);
    this.marks.clear();
  }

  private set(change: Partial<PageUiState>): void {
    this.state = { ...this.state, ...change };
    const body = this.ui?.uiContainer;
    if (body) render(h(PageUi, { state: this.state, actions: this.actions }), body);
  }

  private announce(status: string): void {
    this.set({ status });
    clearTimeout(this.statusTimer);
    this.statusTimer = this.ctx.setTimeout(() => this.set({ status: '' }), 3500);
  }

  private mount(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= createShadowRootUi<void>(this.ctx, {
      name: 'lede-highlights',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      // Keys typed in a note don't reach the page's own shortcuts.
      isolateEvents: true,
      onMount: (container) => render(h(PageUi, { state: this.state, actions: this.actions }), container),
      onRemove: () => {
        const body = this.ui?.uiContainer;
        if (body) render(null, body);
      },
    }).then((made) => {
      made.mount();
      this.ui = made;
      return made;
    });
    return this.creating;
  }

  private updateToolbar(): void {
    if (this.options.readerOpen() || this.pointerDown) {
      if (this.state.toolbar) this.set({ toolbar: null });
      return;
    }
    const body = document.body;
    const range = body && selectedRange(body);
    const box = range && !inEditable(range) ? boxOf(range.getBoundingClientRect()) : null;
    if (!box && !this.state.toolbar) return;
    if (box) void this.mount();
    this.set({ toolbar: box });
  }

  private onScroll(): void {
    if (this.state.toolbar) this.updateToolbar();
    const editing = this.state.editing;
    if (editing) this.set({ editing: { ...editing, at: this.boxOfHighlight(editing.highlight.id) ?? editing.at } });
  }

  private boxOfHighlight(id: string): Box | null {
    const ms = this.marks.get(id);
    if (!ms?.length) return null;
    const first = ms[0].getBoundingClientRect();
    const last = ms[ms.length - 1].getBoundingClientRect();
    return { top: first.top, bottom: last.bottom, left: Math.min(first.left, last.left), right: Math.max(first.right, last.right) };
  }

  private onClick(e: MouseEvent): void {
    // Only a person's click on a mark this script made; links inside keep working as links.
    if (!e.isTrusted || this.options.readerOpen()) return;
    const mark = (e.target as Element | null)?.closest?.('mark');
    const id = mark ? this.owner.get(mark) : undefined;
    if (!mark || !id || mark.closest('a[href]')) return;
    if (document.body && selectedRange(document.body)) return;
    this.open(id, false);
  }

  private open(id: string, focusNote: boolean): void {
    const highlight = this.items.find((x) => x.id === id);
    const at = this.boxOfHighlight(id);
    if (!highlight || !at) return;
    void this.mount().then(() => this.set({ toolbar: null, editing: { highlight, at, focusNote } }));
  }

  /** Highlights the selection on the page (toolbar, context menu, shortcut). */
  async highlightSelection(color: HighlightColor = this.state.color, withNote = false): Promise<Result<{ highlighted: boolean }>> {
    const body = document.body;
    const range = body && selectedRange(body);
    const quote = range && !inEditable(range) ? describeRange(indexText(body), range) : null;
    if (!range || !quote) {
      void this.mount().then(() => this.announce(t('highlightSelectFirst')));
      return fail('invalid', t('highlightSelectFirst'));
    }
    if (quote.exact.length > MAX_QUOTE) {
      void this.mount().then(() => this.announce(t('highlightTooLong', MAX_QUOTE)));
      return fail('too-large', t('highlightTooLong', MAX_QUOTE));
    }
    await this.mount();
    this.set({ busy: true, color });
    try {
      if (!this.loaded) await this.refresh();
      const res = await this.client.add({ quote, color, made: 'page' });
      if (!res.ok) {
        this.announce(t('highlightFailed', res.error.message));
        return res;
      }
      const item = res.value.highlight;
      this.items = inReadingOrder([...this.items, item]);
      // The selection is where the highlight is: wrap it directly (no need to search the page).
      const marks = range.collapsed ? [] : wrapRange(range, () => {
        const m = document.createElement('mark');
        paint(m, item.color);
        return m;
      });
      if (marks.length) {
        this.marks.set(item.id, marks);
        for (const m of marks) this.owner.set(m, item.id);
      }
      clearSelection(body);
      this.set({ toolbar: null });
      this.announce(res.value.saved ? t('highlightedAndSaved') : t('highlighted'));
      if (withNote) this.open(item.id, true);
      return ok({ highlighted: true });
    } finally {
      this.set({ busy: false });
    }
  }

  private async change(id: string, change: HighlightChange): Promise<boolean> {
    const res = await this.client.change(id, change);
    if (!res.ok) {
      this.announce(res.error.message);
      return false;
    }
    const next = res.value;
    if (!next) {
      const ms = this.marks.get(id);
      if (ms) unwrapMarks(ms);
      this.marks.delete(id);
      this.items = this.items.filter((x) => x.id !== id);
      this.set({ editing: null, missing: this.state.missing.filter((x) => x.id !== id) });
      this.announce(t('highlightRemoved'));
      return true;
    }
    this.items = this.items.map((x) => (x.id === id ? next : x));
    for (const m of this.marks.get(id) ?? []) paint(m, next.color);
    const editing = this.state.editing;
    this.set({ color: next.color, editing: editing && editing.highlight.id === id ? { ...editing, highlight: next } : editing });
    return true;
  }

  private actions = {
    highlight: (color: HighlightColor, withNote: boolean) => void this.highlightSelection(color, withNote),
    change: (id: string, change: HighlightChange) => this.change(id, change),
    closeEditor: () => this.set({ editing: null }),
    dismissMissing: () => {
      this.missingDismissed = true;
      this.set({ missing: [] });
    },
  };
}

let highlighter: PageHighlighter | null = null;

/** Wires page highlights into the page script; `readerSelection` highlights inside the overlay when it is open. */
export function registerPageHighlights(ctx: ContentScriptContext, reader: { isOpen(): boolean; highlightSelection(): Promise<Result<{ highlighted: boolean }>> | null }): void {
  highlighter = new PageHighlighter(ctx, { readerOpen: reader.isOpen });
  highlighter.start();
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'bg:highlight') {
      if ((message as Message<'bg:highlight'>).readerTab !== undefined) return undefined;
      const inReader = reader.isOpen() ? reader.highlightSelection() : null;
      return (inReader ?? highlighter!.highlightSelection()).catch((e: unknown) => fail('failed', String(e)));
    }
    if (message.type === 'bg:highlights') return highlighter!.refresh().catch(() => ({ shown: 0, missing: 0 }));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  // Lede was asked on this page: show what it already has (usually nothing, one cheap lookup).
  void highlighter.refresh().catch(() => {});
}
