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

export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent;
    if (!text || text.length > 500_000) continue;
    try {
      flatten(JSON.parse(text), out);
    } catch {
      // Malformed JSON-LD is common on the web; skip it.
    }
  }
  return out;
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
