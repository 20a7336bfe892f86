/** The digest as Markdown or plain text: for "Copy", the CLI's --format md, and exports. */
import type { Analysis, Source, TimelineEvent, SourceKind } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KIND_LABEL: Record<SourceKind, string> = {
  person: 'People',
  organization: 'Organizations',
  publication: 'News outlets',
  social: 'Social posts',
  document: 'Documents',
  agency: 'Wire & photo agencies',
  link: 'Links',
  publisher: 'Publisher',
  author: 'Author',
};
/** The groups of the source list, in the UI's order: unnamed sources between links and the publisher. */
const SOURCE_GROUPS: Array<{ label: string; test: (s: Source) => boolean }> = [
  ...(['person', 'organization', 'publication', 'social', 'document', 'agency', 'link'] as SourceKind[]).map((k) => ({ label: KIND_LABEL[k], test: (s: Source) => s.kind === k && !s.unnamed })),
  { label: 'Unnamed sources', test: (s: Source) => !!s.unnamed },
  ...(['publisher', 'author'] as SourceKind[]).map((k) => ({ label: KIND_LABEL[k], test: (s: Source) => s.kind === k && !s.unnamed })),
];

/** The source list grouped as the UI shows it (kinds it doesn't know at the end). */
export function groupSources(sources: Source[]): Array<{ label: string; items: Source[] }> {
  const used = new Set<Source>();
  const out = SOURCE_GROUPS.map((g) => ({ label: g.label, items: sources.filter((s) => g.test(s) && !used.has(s) && (used.add(s), true)) }));
  const rest = sources.filter((s) => !used.has(s));
  return [...out, { label: 'Other', items: rest }].filter((g) => g.items.length);
}

/** What a source's row says besides its name: role, times, channel, post date, photographer. */
function sourceDetails(s: Source): string[] {
  const n = s.count ?? s.passages?.length ?? 0;
  const quoted = s.kind === 'person' || s.kind === 'organization';
  return [
    s.unnamed ? 'unnamed' : null,
    s.role ?? null,
    s.passages?.length ? (n === 1 ? `${quoted ? 'quoted' : 'cited'} once` : `${quoted ? 'quoted' : 'cited'} ${n} times`) : null,
    s.channel ? `via ${s.channel}` : null,
    s.date ?? null,
    s.author && s.kind === 'agency' ? `photo: ${s.author}` : null,
  ].filter((x): x is string => !!x);
}

/** A date as precisely as the text gave it, in plain English (the UI formats per locale); "(expected)" for a planned event. */
export function describeEvent(e: Pick<TimelineEvent, 'date' | 'precision' | 'season' | 'expected'>): string {
  return e.expected ? `${describeDate(e)} (expected)` : describeDate(e);
}

/** A date as precisely as the text gave it, in plain English (the UI formats per locale). */
export function describeDate(e: Pick<TimelineEvent, 'date' | 'precision' | 'season'>): string {
  const [y, m, d] = e.date.split('-').map(Number);
  switch (e.precision) {
    case 'day':
      return `${MONTHS[m - 1].slice(0, 3)} ${d}, ${y}`;
    case 'week': {
      // The date is any day of the week: described from its Monday.
      const monday = new Date(Date.UTC(y, m - 1, d));
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      return `week of ${MONTHS[monday.getUTCMonth()].slice(0, 3)} ${monday.getUTCDate()}, ${monday.getUTCFullYear()}`;
    }
    case 'quarter':
      return `Q${Math.ceil(m / 3)} ${y}`;
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
    for (const e of a.timeline) lines.push(`- **${describeEvent(e)}** — ${mdEscape(e.label)}`);
    lines.push('');
  }
  if (a.sources.length) {
    lines.push('## Sources', '');
    for (const g of groupSources(a.sources)) {
      lines.push(`### ${g.label}`, '');
      for (const s of g.items) {
        const name = s.url ? `[${mdEscape(s.name)}](${s.url})` : `**${mdEscape(s.name)}**`;
        const extra = sourceDetails(s);
        lines.push(`- ${name}${extra.length ? ` — ${mdEscape(extra.join(', '))}` : ''}`);
        for (const p of s.passages ?? []) lines.push(`  - “${mdEscape(p.text)}”${p.who && p.who !== s.name ? ` (${mdEscape(p.who)})` : ''}`);
      }
      lines.push('');
    }
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
    for (const e of a.timeline) lines.push(`• ${describeEvent(e)}: ${e.label}`);
    lines.push('');
  }
  if (a.sources.length) {
    lines.push('Sources');
    for (const g of groupSources(a.sources)) {
      lines.push(`${g.label}:`);
      for (const s of g.items) {
        const extra = sourceDetails(s);
        lines.push(`• ${s.name}${extra.length ? ` (${extra.join(', ')})` : ''}${s.url ? ` ${s.url}` : ''}`);
        for (const p of s.passages ?? []) lines.push(`    “${p.text}”`);
      }
    }
  }
  return lines.join('\n').trim() + '\n';
}

export { KIND_LABEL };
