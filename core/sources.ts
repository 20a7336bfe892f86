/**
 * Sources: who the story relies on. Publications it attributes to ("according to the Chosen
 * Ilbo newspaper"), embedded posts, wire and photo agencies in credits, outbound links by
 * domain, and the publisher and author themselves. De-duplicated; links are http(s) only.
 */
import type { Source, SourceKind } from './types';
import type { Block } from './extract';
import type { SentenceInfo } from './story';
import { outletByDomain, outletByName, registrableDomain, type Outlet } from './outlets';
import { safeHttpUrl } from './sanitize';
import { attributedSources, type Candidate } from './attributed';
import { keepSource } from './source-filter';

export interface SourcesInput {
  url: string;
  blocks: Block[];
  sentences: SentenceInfo[];
  siteName: string | null;
  authors: string[];
  authorUrls: Record<string, string>;
  leadCredit?: string;
  /** The page's canonical URL (or og:url): who "self" is when the page is served elsewhere (a mirror, a saved file). */
  canonicalUrl?: string | null;
  /** The headline: "Graham: Trump's rhetoric …" names a source too. */
  title?: string | null;
  /** The story's language ("en", "de-DE"): English gets the full attribution stage; other languages their own cues only. */
  lang?: string | null;
  /**
   * The last check on each attributed source the rules list (`sentences`: the story's sentence
   * count); defaults to the learned model (`keepSource`).
   */
  keep?: (c: Candidate, sentences: number) => boolean;
}

const KIND_ORDER: SourceKind[] = ['person', 'organization', 'publication', 'social', 'document', 'agency', 'link', 'publisher', 'author'];

function agencyHome(o: Outlet): string {
  return `https://${o.domains[0]}/`;
}

/** Agencies named in a credit line: "Photo by SAUL LOEB / AFP", "Saul Loeb—AFP/Getty Images". */
export function readCredit(credit: string): { agencies: Outlet[]; agencyText: string; photographer?: string } {
  const text = credit.replace(/^(photo|photograph|image|picture)s?(\s+credit)?(\s+should read)?(\s+(by|courtesy of)|:)?\s*/i, '');
  const parts = text.split(/\s*(?:[—–/]|\bvia\b|\bfor\b|,)\s*/).map((p) => p.trim()).filter(Boolean);
  const agencies: Outlet[] = [];
  const agencyParts: string[] = [];
  let photographer: string | undefined;
  for (const p of parts) {
    const o = outletByName(p);
    if (o && o.kind === 'agency') {
      if (!agencies.includes(o)) {
        agencies.push(o);
        agencyParts.push(p);
      }
    } else if (!photographer && /^[\p{L}.'’ -]{3,40}$/u.test(p) && p.split(' ').length <= 4) {
      photographer = p === p.toUpperCase() ? p.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (m) => m.toUpperCase()) : p;
    }
  }
  return { agencies, agencyText: agencyParts.join('/'), photographer };
}

export function findSources(input: SourcesInput): Source[] {
  const { url, blocks, sentences } = input;
  const domainOf = (u: string | null | undefined) => {
    try {
      return u ? registrableDomain(new URL(u).hostname) : '';
    } catch {
      return '';
    }
  };
  const home = safeHttpUrl(input.canonicalUrl) ?? url;
  const pageDomain = domainOf(home);
  const selfDomains = new Set([pageDomain, domainOf(url)].filter(Boolean));
  const out: Source[] = [];
  const byKey = new Map<string, Source>();
  const add = (key: string, s: Source): Source => {
    const existing = byKey.get(key);
    if (existing) {
      existing.count = (existing.count ?? 1) + 1;
      if (!existing.url && s.url) existing.url = s.url;
      return existing;
    }
    const src = { ...s, count: 1 };
    byKey.set(key, src);
    out.push(src);
    return src;
  };
  const blockLinks = (i: number) => blocks[i]?.links ?? [];

  // 1. Who the story attributes information to: people, organisations, outlets, unnamed sources.
  const keep = input.keep ?? keepSource;
  for (const src of attributedSources(input, blockLinks, agencyHome, (c) => keep(c, sentences.length))) {
    const key = src.unnamed ? `unnamed:${src.name}` : src.kind === 'publication' || src.kind === 'agency' ? `outlet:${outletByName(src.name)?.name ?? src.name.toLowerCase()}` : `who:${src.name.toLowerCase()}`;
    byKey.set(key, src);
    out.push(src);
  }

  // 2. Embedded posts.
  const seen = new Set<number>();
  for (const s of sentences) {
    if (s.kind !== 'post' || !s.post || seen.has(s.block)) continue;
    seen.add(s.block);
    const p = s.post;
    const name = p.author && p.handle ? `${p.author} (${p.handle})` : p.handle ?? p.author ?? 'Embedded post';
    add(`post:${p.url ?? s.block}`, {
      name,
      kind: 'social',
      platform: p.platform,
      ...(p.url ? { url: p.url } : {}),
      ...(p.handle ? { handle: p.handle } : {}),
      ...(p.author ? { author: p.author } : {}),
      ...(p.date ? { date: p.date } : {}),
      quote: blocks[s.block]?.text ?? s.text,
    });
  }

  // 3. Credits in captions: wire and photo agencies.
  const credits = [...blocks.flatMap((b) => b.credits ?? []), ...(input.leadCredit ? [input.leadCredit] : [])];
  const creditGroups: Array<{ agencies: Outlet[]; agencyText: string; photographer?: string; quote: string }> = [];
  for (const c of credits) {
    const r = readCredit(c);
    if (!r.agencies.length) continue;
    const overlap = creditGroups.find((g) => r.agencies.some((a) => g.agencies.includes(a)));
    if (overlap) {
      if (r.agencies.length > overlap.agencies.length) Object.assign(overlap, { agencies: r.agencies, agencyText: r.agencyText, quote: c });
      overlap.photographer ??= r.photographer;
    } else creditGroups.push({ ...r, quote: c });
  }
  for (const g of creditGroups) {
    add(`credit:${g.agencyText}`, {
      name: g.agencyText,
      kind: 'agency',
      url: agencyHome(g.agencies[0]),
      quote: g.quote,
      ...(g.photographer ? { author: g.photographer } : {}),
    });
  }

  // 4. Outbound links in the story, by domain.
  blocks.forEach((b) => {
    if (b.kind === 'post') return;
    for (const [text, href] of b.links ?? []) {
      const safe = safeHttpUrl(href);
      if (!safe) continue;
      const host = new URL(safe).hostname;
      const domain = registrableDomain(host);
      if (!domain || selfDomains.has(domain)) continue;
      if (/(^|\.)(twitter|x|facebook|linkedin|pinterest|reddit|whatsapp)\.com$/.test(domain) && !/\/status\//.test(safe)) continue;
      const outlet = outletByDomain(host);
      if (outlet) {
        const key = `outlet:${outlet.name}`;
        if (byKey.has(key)) {
          const s = byKey.get(key)!;
          if (!s.url || s.url === agencyHome(outlet)) s.url = safe;
          continue;
        }
        add(key, { name: outlet.name, kind: outlet.kind === 'agency' ? 'agency' : 'publication', url: safe, quote: b.text });
        continue;
      }
      // A publication attributed by name whose link points to its own domain.
      const named = out.find((s) => s.kind === 'publication' && s.url === safe);
      if (named) continue;
      const isDoc = /\.(pdf|docx?|xlsx?|csv)(\?|$)/i.test(safe) || /\.(gov|mil|int)$/.test(domain) || /(court|congress|sec\.gov|europa\.eu)/.test(domain);
      // a document is named by its link's words ("budget office report") when they say what it is
      const words = (text ?? '').trim();
      const described = isDoc && /\s/.test(words) && words.split(/\s+/).length <= 10 && !/^(here|this|click|link|pdf|download)\b/i.test(words) && !/https?:|www\./.test(words);
      add(described ? `doc:${safe}` : `link:${domain}`, { name: described ? words : domain, kind: isDoc ? 'document' : 'link', url: safe, quote: text ? `${text}` : b.text });
    }
  });

  // 5. The publisher and the author themselves.
  let origin: string | undefined;
  try {
    origin = new URL(home).origin + '/';
  } catch {
    origin = undefined;
  }
  const publisher = input.siteName ?? (pageDomain || null);
  if (publisher) add(`publisher`, { name: publisher, kind: 'publisher', ...(safeHttpUrl(origin) ? { url: origin } : {}) });
  for (const a of input.authors) {
    const u = safeHttpUrl(input.authorUrls[a]);
    add(`author:${a}`, { name: a, kind: 'author', ...(u ? { url: u } : {}) });
  }

  // the voices the story leans on most first; then posts, documents, credits, links, publisher, author
  const rank = (s: Source) => (s.passages?.length ? (s.unnamed ? 1 : 0) : 2);
  return out.sort((a, b) => rank(a) - rank(b) || (rank(a) < 2 ? (b.count ?? 1) - (a.count ?? 1) : KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)));
}
