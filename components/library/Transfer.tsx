/** Export (JSON or Markdown, all or the selection) and import (JSON) of the library. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDB } from '../../lib/library/db';
import { exportJsonParts, exportMarkdownCombined, exportMarkdownFiles, importJson } from '../../lib/library/export';
import { formatNumber } from '../../lib/format';
import { t, uiLocale } from '../../lib/i18n';
import { datedName, download } from './download';
import type { Notice } from './LibraryApp';

interface Props {
  db: LibraryDB;
  selection: string[];
  total: number;
  onNotice: (n: Notice) => void;
}

export function Transfer({ db, selection, total, onNotice }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState(false);
  const scope = selection.length ? { ids: selection } : {};
  const exportLabel = selection.length ? t('exportSelected', formatNumber(selection.length, uiLocale())) : t('exportAll');

  // Close the menu on Escape or a click elsewhere.
  useEffect(() => {
    const close = (e: Event) => {
      const d = menu.current;
      if (!d?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !d.contains(e.target as Node)) {
        d.open = false;
        if (e instanceof KeyboardEvent) d.querySelector('summary')?.focus();
      }
    };
    addEventListener('keydown', close);
    addEventListener('click', close);
    return () => {
      removeEventListener('keydown', close);
      removeEventListener('click', close);
    };
  }, []);

  const run = async (job: () => Promise<void>) => {
    if (menu.current) menu.current.open = false;
    setBusy(true);
    try {
      await job();
    } catch (e) {
      onNotice({ kind: 'error', text: t('exportFailed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      download(datedName('lede-library', 'json'), await exportJsonParts(db, scope), 'application/json');
    });
  const exportMd = () =>
    run(async () => {
      download(datedName('lede-library', 'md'), [await exportMarkdownCombined(db, scope)], 'text/markdown;charset=utf-8');
    });
  const exportMdFiles = () =>
    run(async () => {
      const files = await exportMarkdownFiles(db, scope);
      for (const f of files) {
        download(f.name, [f.content], 'text/markdown;charset=utf-8');
        // Browsers drop downloads started in the same instant.
        await new Promise((r) => setTimeout(r, 150));
      }
    });

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    setBusy(true);
    onNotice({ kind: 'info', text: t('importing', f.name), sticky: true });
    try {
      const r = await importJson(db, await f.text());
      if (!r.ok) return onNotice({ kind: 'error', text: t('importFailed', f.name, r.error.message) });
      const { added, updated, unchanged } = r.value;
      const n = (x: number) => formatNumber(x, uiLocale());
      const parts = [added && t('importNew', n(added)), updated && t('importUpdated', n(updated)), unchanged && t('importUnchanged', n(unchanged))].filter(Boolean);
      onNotice({ kind: 'info', text: t('imported', f.name, parts.join(', ') || t('importNothing')) });
    } catch (err) {
      onNotice({ kind: 'error', text: t('importUnreadable', f.name, err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="lib-transfer">
      <input ref={file} type="file" accept=".json,application/json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={onFile} />
      <button type="button" class="button button-quiet" onClick={() => file.current?.click()} disabled={busy}>
        {t('import')}
      </button>
      <details class="lib-menu" ref={menu}>
        <summary class="button button-quiet" aria-disabled={busy || !total}>
          {t('export')}{selection.length ? ` ${formatNumber(selection.length, uiLocale())}` : ''}
          <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" aria-hidden="true">
            <path d="M6 9l6 6 6-6" />
          </svg>
        </summary>
        <div class="lib-menu-list" role="group" aria-label={exportLabel}>
          <p class="lib-menu-head">{exportLabel}</p>
          <button type="button" onClick={exportJson} disabled={!total}>
            JSON <span>{t('exportJsonHint')}</span>
          </button>
          <button type="button" onClick={exportMd} disabled={!total}>
            Markdown <span>{t('exportMdCombined')}</span>
          </button>
          <button type="button" onClick={exportMdFiles} disabled={!total}>
            Markdown <span>{t('exportMdFiles')}</span>
          </button>
        </div>
      </details>
    </div>
  );
}
