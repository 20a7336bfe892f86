/** The digest as Markdown or plain text: for "Copy", the CLI's --format md, and exports. */
import type { Analysis, TimelineEvent, SourceKind } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KIND_LABEL: Record<SourceKind, string> = {
  publication: 'Publications',
  social: 'Social posts',
  agency: 'Wire & photo agencies',
  document: 'Documents',
  person: 'People',
  organization: 'Organizations',
  link: 'Links',
  publisher: 'Publisher',
  author: 'Author',
};

/** A date as precisely as the text gave it, in plain English (the UI formats per locale). */
export function describeDate(e: Pick<TimelineEvent, 'date' | 'precision' | 'season'>): string {
  const [y, m, d] = e.date.split('-').map(Number);
  switch (e.precision) {
    case 'day':
      return `${MONTHS[m - 1].slice(0, 3)} ${d}, ${y}`;
    case 'month':
      return `${MONTHS[m - 1]} ${y}`;
    case 'season':
      return e.season === 'winter' ? `winter ${y}–${String((y + 1) % 100).padStart(2, '0')}` : `${e.season ?? 'season'} ${y}`;
    default:
      return String(y);
  }
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function toMarkdown(a: Analysis): string {
  const art = a.article;
  const lines: string[] = [`# ${mdEscape(art.title)}`, ''];
  const meta = [art.byline && `By ${art.byline}`, art.siteName, art.publishedTime?.slice(0, 10), art.readingMinutes ? `${art.readingMinutes} min read` : null].filter(Boolean);
  if (meta.length) lines.push(`*${meta.map((m) => mdEscape(String(m))).join(' · ')}*`, '');
  lines.push(`<${a.url}>`, '');
  if (a.summary.sentences.length) {
    lines.push('## Summary', '');
    for (const s of a.summary.sentences) lines.push(`- ${mdEscape(s.text)}`);
    lines.push('');
  }
  if (a.timeline.length) {
    lines.push('## Timeline', '');
    for (const e of a.timeline) lines.push(`- **${describeDate(e)}** — ${mdEscape(e.label)}`);
    lines.push('');
  }
  if (a.sources.length) {
    lines.push('## Sources', '');
    for (const s of a.sources) {
      const name = s.url ? `[${mdEscape(s.name)}](${s.url})` : mdEscape(s.name);
      const extra = [s.date, s.author && s.kind === 'agency' ? `photo: ${s.author}` : null].filter(Boolean).join(', ');
      lines.push(`- ${name} — ${KIND_LABEL[s.kind]}${extra ? ` (${mdEscape(extra)})` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function toPlainText(a: Analysis): string {
  const art = a.article;
  const lines: string[] = [art.title];
  const meta = [art.byline && `By ${art.byline}`, art.siteName, art.publishedTime?.slice(0, 10)].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '));
  lines.push(a.url, '');
  if (a.summary.sentences.length) {
    lines.push('Summary');
    for (const s of a.summary.sentences) lines.push(`• ${s.text}`);
    lines.push('');
  }
  if (a.timeline.length) {
    lines.push('Timeline');
    for (const e of a.timeline) lines.push(`• ${describeDate(e)}: ${e.label}`);
    lines.push('');
  }
  if (a.sources.length) {
    lines.push('Sources');
    for (const s of a.sources) lines.push(`• ${s.name} (${KIND_LABEL[s.kind]})${s.url ? ` ${s.url}` : ''}`);
  }
  return lines.join('\n').trim() + '\n';
}

export { KIND_LABEL };
