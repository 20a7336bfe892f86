/**
 * The key an entry is saved under: the page's canonical URL when it gives an http(s) one,
 * otherwise the URL it was read at without its #hash and without tracking parameters.
 */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|mc_cid|mc_eid|igshid|msclkid)$/i;

export function cleanUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  // URLSearchParams re-encodes; keep "?" away when nothing is left.
  if (![...u.searchParams.keys()].length) u.search = '';
  return u.href;
}

export function canonicalKey(url: string, canonicalUrl?: string | null): string | null {
  return (canonicalUrl && cleanUrl(canonicalUrl)) || cleanUrl(url);
}

/** The host a person recognizes: "fortune.com" for "https://www.fortune.com/...". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
