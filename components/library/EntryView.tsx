/**
 * One saved entry: its digest (summary, timeline, sources), the note and tags, and the clean
 * article, all from the library (works offline). The article HTML goes through sanitizeHtml,
 * and images are left out: showing them would fetch them from the publisher.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { sanitizeHtml } from '../../core/sanitize';
import type { LibraryDB } from '../../lib/library/db';
import { getEntry, updateEntry } from '../../lib/library/store';
import type { FullEntry } from '../../lib/library/types';
import { entryMarkdown } from '../../lib/library/export';
import { ArticleHeader } from '../ArticleHeader';
import { Digest } from '../Digest';
import { ExternalLink } from '../Sources';
import { download } from './download';
import { markdownFileName } from '../../lib/library/export';
import { t, tParts } from '../../lib/i18n';
import { savedDate } from './EntryList';
import type { Notice } from './LibraryApp';
import { HighlightItem } from '../reader/Highlights';
import { highlightCount } from './highlightCount';
import { anchorAndMark, unwrapMarks } from '../../lib/highlights/marks';
import { quoteFor } from '../../lib/highlights/client';
import type { Highlight } from '../../lib/library/types';

/** Sanitized story HTML without images or other remote media. */
export function offlineArticleHtml(html: string, win: Window): string {
  const clean = sanitizeHtml(html, win);
  const tpl = win.document.createElement('template');
  tpl.innerHTML = clean;
  tpl.content.querySelectorAll('img, picture').forEach((el) => el.remove());
  tpl.content.querySelectorAll('a[href]').forEach((a) => {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  });
  return tpl.innerHTML;
}

interface Props {
  db: LibraryDB;
  id: string;
  locale: string;
  onDelete: () => void;
  onNotice: (n: Notice) => void;
  onTag: (tag: string) => void;
}

export function EntryView({ db, id, locale, onDelete, onNotice, onTag }: Props) {
  const [full, setFull] = useState<FullEntry | null | undefined>(undefined);
  const heading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setFull(undefined);
    const sub = liveQuery(() => getEntry(db, id)).subscribe({
      next: (f) => setFull(f ?? null),
      error: () => setFull(null),
    });
    return () => sub.unsubscribe();
  }, [db, id]);

  // Move focus to the entry when it opens; Escape goes back to the list.
  useEffect(() => {
    if (full) heading.current?.focus();
  }, [!!full, id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key === 'Escape' && !(t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) location.hash = '';
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const article = useMemo(() => (full ? offlineArticleHtml(full.analysis.article.html, window) : ''), [full?.analysis]);
  const articleEl = useRef<HTMLDivElement>(null);
  // The highlights shown in the saved article too.
  useLayoutEffect(() => {
    const el = articleEl.current;
    const list = full?.highlights ?? [];
    if (!el || !list.length) return;
    const shown = anchorAndMark(el, list.map((h) => ({ h, quote: quoteFor(h, 'reader') })), ({ h }) => {
      const m = el.ownerDocument.createElement('mark');
      m.setAttribute('data-color', h.color);
      return m;
    });
    return () => unwrapMarks(shown.flatMap((x) => x.marks));
  }, [article, full?.highlights]);

  if (full === undefined) return <p class="lib-loading" role="status">{t('opening')}</p>;
  if (full === null)
    return (
      <section class="lib-empty">
        <h1 class="lib-empty-title">{t('entryMissingTitle')}</h1>
        <p>
          {t('entryMissingText')} <a href="#">{t('backToLibrary')}</a>
        </p>
      </section>
    );

  const { entry, analysis } = full;
  const exportMd = () => download(markdownFileName(entry, new Set()), [entryMarkdown(full)], 'text/markdown;charset=utf-8');

  return (
    <article class="lib-entry digest" aria-labelledby="story-title">
      <nav class="lib-entry-nav" aria-label={t('entryNav')}>
        <a class="lib-back" href="#">
          {t('libraryBack')}
        </a>
        <span class="lib-entry-actions">
          <ExternalLink href={entry.url} class="lib-link">
            {t('openOriginal')}
          </ExternalLink>
          <button type="button" class="lib-link" onClick={exportMd}>
            {t('exportMarkdown')}
          </button>
          <button type="button" class="lib-link is-danger" onClick={onDelete}>
            {t('delete')}
          </button>
        </span>
      </nav>
      <div ref={heading} tabIndex={-1} class="lib-entry-head">
        <ArticleHeader article={analysis.article} url={entry.url} locale={locale}>
          <span class="lib-entry-saved">
            {tParts('savedOn', <time dateTime={entry.savedAt}>{savedDate(entry.savedAt, locale)}</time>)}
            {entry.updatedAt.slice(0, 10) !== entry.savedAt.slice(0, 10) && (
              <>
                {' · '}
                {tParts('updatedOn', <time dateTime={entry.updatedAt}>{savedDate(entry.updatedAt, locale)}</time>)}
              </>
            )}
          </span>
        </ArticleHeader>
      </div>

      <NoteEditor key={entry.id} db={db} full={full} onNotice={onNotice} onTag={onTag} />

      {!!full.highlights?.length && <EntryHighlights highlights={full.highlights} locale={locale} />}

      <Digest analysis={analysis} locale={locale} />
      <section class="section" aria-labelledby="article-title">
        <h2 id="article-title" class="section-title">
          {t('articleTitle')}
        </h2>
        {article.trim() ? (
          <div ref={articleEl} class="lib-article lh-auto" dir="auto" lang={analysis.article.lang ?? undefined} dangerouslySetInnerHTML={{ __html: article }} />
        ) : (
          <div class="lib-article" dir="auto">
            {analysis.article.text.split(/\n{2,}/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        )}
      </section>
    </article>
  );
}

/** The entry's highlights in reading order, each with its colour and note (text only). */
function EntryHighlights({ highlights, locale }: { highlights: Highlight[]; locale: string }) {
  return (
    <section class="section lib-highlights lh-ui lh-auto" aria-labelledby="highlights-title">
      <h2 id="highlights-title" class="section-title">
        {t('highlightsTitle')} <span class="lib-highlights-count">{highlightCount(highlights.length, locale)}</span>
      </h2>
      <ol class="lh-list">
        {highlights.map((h) => (
          <HighlightItem key={h.id} highlight={h} />
        ))}
      </ol>
    </section>
  );
}

function NoteEditor({ db, full, onNotice, onTag }: { db: LibraryDB; full: FullEntry; onNotice: (n: Notice) => void; onTag: (t: string) => void }) {
  const { entry } = full;
  const [note, setNote] = useState(entry.note);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [status, setStatus] = useState('');
  // Another tab changed it: show the stored values unless this form has unsaved edits.
  const dirty = note !== entry.note || tags !== entry.tags.join(', ');
  const last = useRef(entry.updatedAt);
  useEffect(() => {
    if (last.current !== entry.updatedAt && !dirty) {
      setNote(entry.note);
      setTags(entry.tags.join(', '));
    }
    last.current = entry.updatedAt;
  }, [entry.updatedAt]);

  const save = async (e: Event) => {
    e.preventDefault();
    const r = await updateEntry(db, entry.id, { note, tags: tags.split(',') });
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    setNote(r.value.note);
    setTags(r.value.tags.join(', '));
    setStatus(t('noteSaved'));
    setTimeout(() => setStatus(''), 3000);
  };

  return (
    <form class="lib-notes" onSubmit={save} aria-label={t('noteAndTags')}>
      <label class="lib-field">
        <span class="lib-field-label">{t('note')}</span>
        <textarea rows={note.split('\n').length > 2 ? 5 : 3} value={note} placeholder={t('notePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="lib-field">
        <span class="lib-field-label">{t('tags')}</span>
        <input type="text" value={tags} placeholder={t('tagsPlaceholder')} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="lib-notes-foot">
        {entry.tags.length > 0 && (
          <span class="lib-notes-tags">
            {entry.tags.map((tag) => (
              <button key={tag} type="button" class="lib-tag" onClick={() => onTag(tag)} aria-label={t('showTagged', tag)}>
                {tag}
              </button>
            ))}
          </span>
        )}
        <span class="lib-notes-status" role="status">
          {status}
        </span>
        <button type="submit" class="button" disabled={!dirty}>
          {t('saveNoteAndTags')}
        </button>
      </div>
    </form>
  );
}
