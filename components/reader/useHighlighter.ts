/**
 * Highlighting in the reader: the story's highlights drawn as <mark>s in the reader's body, the
 * toolbar over a selection, the dialog for one highlight. Storage goes through a HighlightClient
 * (messages from the overlay, the database from the reader page): this hook only keeps the view.
 *
 * Marks are put in the body DOM that ArticleBody built (not managed by Preact) and redrawn whenever
 * the highlights or the body change: unwrap all, anchor all (lib/highlights).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeRange, indexText, MAX_QUOTE } from '../../lib/highlights/anchor';
import { anchorAndMark, unwrapMarks } from '../../lib/highlights/marks';
import { clearSelection, selectedRange } from '../../lib/highlights/selection';
import { quoteFor, type HighlightClient } from '../../lib/highlights/client';
import { inReadingOrder } from '../../lib/library/highlights';
import type { Highlight, HighlightChange, HighlightColor } from '../../lib/library/types';
import { fail, ok, type Result } from '../../lib/messages';
import { t } from '../../lib/i18n';
import type { Box } from './Highlights';

export interface Editing {
  id: string;
  at: Box;
  focusNote: boolean;
}

function boxOf(rect: DOMRect | undefined | null): Box | null {
  if (!rect || (!rect.width && !rect.height)) return null;
  return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export interface Highlighter {
  enabled: boolean;
  items: Highlight[];
  missing: ReadonlySet<string>;
  color: HighlightColor;
  /** Where the selection toolbar goes (null: no selection in the story). */
  toolbar: Box | null;
  editing: Editing | null;
  busy: boolean;
  highlightSelection(color?: HighlightColor, withNote?: boolean): Promise<Result<{ highlighted: boolean }>>;
  open(id: string, focusNote?: boolean, at?: Box): void;
  close(): void;
  change(id: string, change: HighlightChange): Promise<boolean>;
  show(id: string): void;
  /** Escape: closes the dialog or drops the selection; false when there was nothing to close. */
  dismiss(): boolean;
}

export function useHighlighter(opts: {
  client?: HighlightClient;
  /** The story body the highlights live in. */
  body: () => HTMLElement | null;
  /** The element that scrolls (toolbar and dialog follow). */
  scroller: () => HTMLElement | null;
  /** Changes whenever the body's DOM was rebuilt. */
  bodyVersion: number;
  announce(text: string): void;
  /** The story is now in the library. */
  onSaved(): void;
  /** The marks changed (text nodes split or joined). */
  onMarks?(): void;
}): Highlighter {
  const { client } = opts;
  const [items, setItems] = useState<Highlight[]>([]);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [toolbar, setToolbar] = useState<Box | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const marks = useRef(new Map<string, HTMLElement[]>());
  const pointerDown = useRef(false);
  const latest = useRef(opts);
  latest.current = opts;

  // Load, and follow changes made elsewhere.
  useEffect(() => {
    if (!client) return;
    let live = true;
    const load = () =>
      void client.list().then(
        (list) => live && setItems(inReadingOrder(list)),
        () => {},
      );
    load();
    const stop = client.watch?.(load);
    return () => {
      live = false;
      stop?.();
    };
  }, [client]);

  // Draw: unwrap what is there, anchor everything again.
  useLayoutEffect(() => {
    const body = opts.body();
    if (!client || !body) return;
    const old = [...marks.current.values()].flat().filter((m) => m.isConnected);
    if (old.length) unwrapMarks(old);
    marks.current.clear();
    if (items.length) {
      const doc = body.ownerDocument;
      const shown = anchorAndMark(
        body,
        items.map((h) => ({ h, quote: quoteFor(h, 'reader') })),
        ({ h }) => {
          const m = doc.createElement('mark');
          m.setAttribute('data-color', h.color);
          m.setAttribute('data-hl', h.id);
          return m;
        },
      );
      for (const { item, marks: ms } of shown) {
        if (!ms.length) continue;
        ms[0].tabIndex = 0;
        ms[0].setAttribute('aria-haspopup', 'dialog');
        if (item.h.note) ms[ms.length - 1].setAttribute('data-has-note', '');
        marks.current.set(item.h.id, ms);
      }
    }
    const lost = new Set(items.filter((h) => !marks.current.has(h.id)).map((h) => h.id));
    setMissing((prev) => (sameSet(prev, lost) ? prev : lost));
    latest.current.onMarks?.();
  }, [client, items, opts.bodyVersion]);

  // The active highlight is outlined while its dialog is open.
  useEffect(() => {
    const ms = editing ? marks.current.get(editing.id) : undefined;
    ms?.forEach((m) => m.setAttribute('data-active', ''));
    return () => ms?.forEach((m) => m.removeAttribute('data-active'));
  }, [editing?.id, items]);

  const boxOfHighlight = (id: string): Box | null => {
    const ms = marks.current.get(id);
    if (!ms?.length) return null;
    const first = ms[0].getBoundingClientRect();
    const last = ms[ms.length - 1].getBoundingClientRect();
    return { top: first.top, bottom: last.bottom, left: Math.min(first.left, last.left), right: Math.max(first.right, last.right) };
  };

  // The toolbar follows the selection; the dialog follows its highlight when the reader scrolls.
  // (Layout effects: listening from the first frame, not one frame later.)
  useLayoutEffect(() => {
    const body = opts.body();
    if (!client || !body) return;
    const doc = body.ownerDocument;
    const update = () => {
      const b = latest.current.body();
      const range = b && !pointerDown.current ? selectedRange(b) : null;
      setToolbar(range ? boxOf(range.getBoundingClientRect()) : null);
    };
    const onDown = (e: PointerEvent) => {
      if ((e.target as Element | null)?.closest?.('.lh-ui')) return;
      pointerDown.current = true;
    };
    const onUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      // The selection settles after the pointer is released.
      requestAnimationFrame(update);
    };
    const onScroll = () => {
      update();
      setEditing((e) => (e ? { ...e, at: boxOfHighlight(e.id) ?? e.at } : e));
    };
    doc.addEventListener('selectionchange', update);
    doc.addEventListener('pointerdown', onDown, true);
    doc.addEventListener('pointerup', onUp, true);
    const scroller = opts.scroller();
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      doc.removeEventListener('selectionchange', update);
      doc.removeEventListener('pointerdown', onDown, true);
      doc.removeEventListener('pointerup', onUp, true);
      scroller?.removeEventListener('scroll', onScroll);
    };
  }, [client, opts.bodyVersion]);

  // A click (or Enter) on a highlight opens its dialog.
  useLayoutEffect(() => {
    const body = opts.body();
    if (!client || !body) return;
    const target = (e: Event) => (e.target as Element | null)?.closest?.('mark[data-lede-highlight][data-hl]') as HTMLElement | null;
    const onClick = (e: MouseEvent) => {
      const mark = target(e);
      if (!mark) return;
      // A click that ends a selection is for the toolbar, not the dialog.
      const b = latest.current.body();
      if (b && selectedRange(b)) return;
      e.preventDefault();
      open(mark.getAttribute('data-hl')!);
    };
    const onKey = (e: KeyboardEvent) => {
      const mark = target(e);
      if (!mark || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      open(mark.getAttribute('data-hl')!);
    };
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKey);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKey);
    };
  }, [client, opts.bodyVersion]);

  function open(id: string, focusNote = false, at?: Box) {
    const box = at ?? boxOfHighlight(id);
    if (!box) return;
    setToolbar(null);
    setEditing({ id, at: box, focusNote });
  }

  async function highlightSelection(pick: HighlightColor = color, withNote = false): Promise<Result<{ highlighted: boolean }>> {
    const body = opts.body();
    if (!client || !body) return fail('invalid', t('highlightSelectFirst'));
    const range = selectedRange(body);
    const quote = range && describeRange(indexText(body), range);
    if (!quote) {
      opts.announce(t('highlightSelectFirst'));
      return fail('invalid', t('highlightSelectFirst'));
    }
    if (quote.exact.length > MAX_QUOTE) {
      opts.announce(t('highlightTooLong', MAX_QUOTE));
      return fail('too-large', t('highlightTooLong', MAX_QUOTE));
    }
    setColor(pick);
    setBusy(true);
    try {
      const res = await client.add({ quote, color: pick, made: 'reader' });
      if (!res.ok) {
        opts.announce(t('highlightFailed', res.error.message));
        return res;
      }
      const h = res.value.highlight;
      clearSelection(body);
      setToolbar(null);
      setItems((list) => inReadingOrder([...list.filter((x) => x.id !== h.id), h]));
      if (res.value.saved) opts.onSaved();
      opts.announce(res.value.saved ? t('highlightedAndSaved') : t('highlighted'));
      if (withNote) requestAnimationFrame(() => open(h.id, true));
      return ok({ highlighted: true });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      opts.announce(t('highlightFailed', message));
      return fail('failed', message);
    } finally {
      setBusy(false);
    }
  }

  async function change(id: string, c: HighlightChange): Promise<boolean> {
    if (!client) return false;
    const res = await client.change(id, c);
    if (!res.ok) {
      opts.announce(res.error.message);
      return false;
    }
    const next = res.value;
    setItems((list) => (next ? list.map((h) => (h.id === id ? next : h)) : list.filter((h) => h.id !== id)));
    if (!next) {
      setEditing(null);
      opts.announce(t('highlightRemoved'));
    }
    if (c.color) setColor(c.color);
    return true;
  }

  function show(id: string) {
    const ms = marks.current.get(id);
    const scroller = opts.scroller();
    if (!ms?.length || !scroller) return;
    const rect = ms[0].getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - box.height / 3, behavior: reduce ? 'auto' : 'smooth' });
    ms[0].focus({ preventScroll: true });
  }

  return {
    enabled: !!client,
    items,
    missing,
    color,
    toolbar,
    editing,
    busy,
    highlightSelection,
    open,
    close: () => {
      const id = editing?.id;
      setEditing(null);
      if (id) marks.current.get(id)?.[0]?.focus({ preventScroll: true });
    },
    change,
    show,
    dismiss() {
      if (editing) {
        setEditing(null);
        return true;
      }
      const body = opts.body();
      if (toolbar && body) {
        clearSelection(body);
        setToolbar(null);
        return true;
      }
      return false;
    },
  };
}
