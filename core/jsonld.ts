/** Reads a page's JSON-LD blocks into a flat list of typed nodes. Tiny: the detector uses it. */

export type JsonLdNode = Record<string, unknown> & { '@type'?: string | string[] };

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node['@type']) out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity) flatten(node.mainEntity, out, depth + 1);
}

/** The typed nodes of one JSON-LD script's text (malformed JSON-LD, common on the web, gives none). */
export function parseJsonLdScript(text: string | null): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  if (!text || text.length > 500_000) return out;
  try {
    flatten(JSON.parse(text), out);
  } catch {
    // skip
  }
  return out;
}

export function readJsonLd(doc: Document): JsonLdNode[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).flatMap((s) => parseJsonLdScript(s.textContent));
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;
export const NON_ARTICLE_TYPES = /^(Product|ProductGroup|Offer|SearchResultsPage|CollectionPage|ItemList|WebSite|ProfilePage|Store|Organization|Event|Recipe|JobPosting|VideoGame|SoftwareApplication)$/;

/** The first node that describes an article, if any. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
}

/** All <meta> name/property/itemprop → content pairs, read in one pass (first one wins). */
export function readMeta(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      // A property may hold several names separated by spaces (RDFa: "dc:creator twitter:site_name").
      for (const key of (m.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}
