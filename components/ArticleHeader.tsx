import type { Article } from '../core/types';
import { t } from '../lib/i18n';
import { formatPublished, formatReadingTime, hostOf } from '../lib/format';

/** Title, site, author, publication date and reading time of the story. */
export function ArticleHeader({ article, url, locale, children }: { article: Article; url: string; locale: string; children?: preact.ComponentChildren }) {
  const site = article.siteName || hostOf(url);
  const authors = article.authors.length ? article.authors.join(', ') : article.byline;
  const published = formatPublished(article.publishedTime, locale);
  return (
    <header class="story-head">
      <p class="kicker">
        {site && <span class="site">{site}</span>}
        {site && published && <span aria-hidden="true"> · </span>}
        {published && <time dateTime={article.publishedTime ?? undefined}>{published}</time>}
      </p>
      <h1 id="story-title" class="headline" dir="auto" lang={article.lang ?? undefined}>
        {article.title || t('untitled')}
      </h1>
      <p class="byline">
        {authors && <span class="author">{t('byAuthors', authors.replace(/^by\s+/i, ''))}</span>}
        {authors && <span aria-hidden="true"> · </span>}
        <span class="reading-time">{formatReadingTime(article.readingMinutes, locale)}</span>
      </p>
      {children && <div class="story-actions">{children}</div>}
    </header>
  );
}
