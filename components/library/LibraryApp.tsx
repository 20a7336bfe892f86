/**
 * The library page: search as you type, filter by site and tag, open an entry to read its digest
 * and clean article, add a note and tags, delete with undo, export and import.
 * The entry in view is in the URL hash (`#entry=<canonical URL>`), so Back works and links can point at it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/format';
import { plural, t, uiLocale } from '../../lib/i18n';
import { libraryDb } from '../../lib/library/db';
import { removeEntries, restoreEntries } from '../../lib/library/store';
import type { FullEntry } from '../../lib/library/types';
import { useLibrary } from './useLibrary';
import { EntryList } from './EntryList';
import { EntryView } from './EntryView';
import { Transfer } from './Transfer';

/** Rows in the first paint (a screenful and then some); each "more" adds MORE. */
const FIRST = 20;
const MORE = 50;

/** Dates and numbers in the language of the page's strings. */
export function pageLocale(): string {
  return uiLocale();
}

function entryFromHash(): string | null {
  const m = /^#entry=(.+)$/.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  undo?: () => void;
  /** Stays until replaced (work in progress). */
  sticky?: boolean;
}

export function LibraryApp() {
  const db = useMemo(() => libraryDb(), []);
  const [q, setQ] = useState('');
  const [site, setSite] = useState<string | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState(false);
  const [limit, setLimit] = useState(FIRST);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(entryFromHash);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const search = useRef<HTMLInputElement>(null);
  const query = useMemo(() => ({ q, site, tag, highlighted }), [q, site, tag, highlighted]);
  const { view, error, searchReady } = useLibrary(db, query, limit);
  const locale = pageLocale();

  useEffect(() => {
    const onHash = () => setOpen(entryFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // "/" jumps to the search box, as on most sites.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !(t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
        e.preventDefault();
        if (open) location.hash = '';
        search.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => setLimit(FIRST), [q, site, tag, highlighted]);
  const say = (n: Notice, ms = n.undo ? 10_000 : 6_000) => {
    setNotice(n);
    clearTimeout(noticeTimer.current);
    if (!n.sticky) noticeTimer.current = setTimeout(() => setNotice(null), ms);
  };

  const remove = async (ids: string[]) => {
    const r = await removeEntries(db, ids);
    if (!r.ok) return say({ kind: 'error', text: r.error.message });
    const removed: FullEntry[] = r.value;
    if (ids.some((id) => selected.has(id))) setSelected(new Set([...selected].filter((id) => !ids.includes(id))));
    if (open && ids.includes(open)) location.hash = '';
    const what = removed.length === 1 ? t('quotedTitle', removed[0].entry.title) : t(plural(removed.length, 'entriesOne', 'entriesOther'), formatNumber(removed.length, locale));
    say({
      kind: 'info',
      text: t('deleted', what),
      undo: async () => {
        const back = await restoreEntries(db, removed);
        say(back.ok ? { kind: 'info', text: t('restored', what) } : { kind: 'error', text: back.error.message });
      },
    });
  };

  const selection = [...selected];

  return (
    <div class="lib" data-search={searchReady ? 'ready' : 'loading'}>
      <header class="lib-masthead">
        <a class="lib-brand" href="#" onClick={() => (location.hash = '')}>
          <span class="wordmark">
            Lede<span class="wordmark-dot">.</span>
          </span>
          <span class="lib-brand-name">{t('libraryName')}</span>
        </a>
        <div class="lib-search">
          <svg class="lib-search-icon" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
            <circle cx="11" cy="11" r="7" />
            <path d="M20 20l-4-4" />
          </svg>
          <input
            ref={search}
            type="search"
            role="searchbox"
            aria-label={t('searchLibraryLabel')}
            placeholder={t('searchLibraryPlaceholder')}
            value={q}
            onInput={(e) => {
              setQ(e.currentTarget.value);
              if (open) location.hash = '';
            }}
            autoFocus={!open}
          />
          <kbd class="lib-kbd" aria-hidden="true">
            /
          </kbd>
        </div>
        <Transfer db={db} selection={selection} total={view?.count ?? 0} onNotice={say} />
      </header>

      {error && (
        <p class="lib-banner is-error" role="alert">
          {error}
        </p>
      )}

      <main class="lib-main">
        <div hidden={!!open}>
          <EntryList
            view={view}
            query={query}
            locale={locale}
            selected={selected}
            onSelect={setSelected}
            onSite={setSite}
            onTag={setTag}
            onHighlighted={setHighlighted}
            onMore={() => setLimit((l) => l + MORE)}
            onDelete={remove}
            onClear={() => {
              setQ('');
              setSite(null);
              setTag(null);
              setHighlighted(false);
              search.current?.focus();
            }}
          />
        </div>
        {open && <EntryView db={db} id={open} locale={locale} onDelete={() => remove([open])} onNotice={say} onTag={(t) => { setTag(t); location.hash = ''; }} />}
      </main>

      <div class={`lib-toast${notice ? ' is-shown' : ''}${notice?.kind === 'error' ? ' is-error' : ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undo && (
              <button
                type="button"
                class="lib-toast-action"
                onClick={() => {
                  const undo = notice.undo!;
                  setNotice(null);
                  undo();
                }}
              >
                {t('undo')}
              </button>
            )}
            <button type="button" class="lib-toast-close" aria-label={t('dismiss')} onClick={() => setNotice(null)}>
              ×
            </button>
          </>
        )}
      </div>
    </div>
  );
}
