/**
 * Known news outlets and agencies, for tolerant matching of names as stories write them
 * ("Chosen Ilbo" is the Chosun Ilbo) and for links when the story gives none.
 */
import { editDistance } from './text';

export interface Outlet {
  name: string;
  aliases: string[];
  domains: string[];
  kind: 'publication' | 'agency';
}

const O = (name: string, domains: string[], aliases: string[] = [], kind: Outlet['kind'] = 'publication'): Outlet => ({ name, domains, aliases, kind });

export const OUTLETS: Outlet[] = [
  O('The New York Times', ['nytimes.com'], ['New York Times', 'NYT', 'NY Times']),
  O('The Washington Post', ['washingtonpost.com'], ['Washington Post']),
  O('The Wall Street Journal', ['wsj.com'], ['Wall Street Journal', 'WSJ']),
  O('The Chosun Ilbo', ['chosun.com'], ['Chosun Ilbo', 'Chosun']),
  O('JoongAng Ilbo', ['joongang.co.kr', 'joins.com'], ['Korea JoongAng Daily']),
  O('Yonhap', ['yna.co.kr', 'yonhapnews.co.kr'], ['Yonhap News Agency', 'Yonhap News'], 'agency'),
  O('The Guardian', ['theguardian.com', 'guardian.co.uk'], ['Guardian']),
  O('Financial Times', ['ft.com'], ['FT', 'The Financial Times']),
  O('BBC', ['bbc.com', 'bbc.co.uk'], ['BBC News', 'the BBC']),
  O('CNN', ['cnn.com'], []),
  O('Fox News', ['foxnews.com'], []),
  O('NBC News', ['nbcnews.com'], ['NBC']),
  O('CBS News', ['cbsnews.com'], ['CBS']),
  O('ABC News', ['abcnews.go.com'], ['ABC']),
  O('NPR', ['npr.org'], ['National Public Radio']),
  O('Politico', ['politico.com', 'politico.eu'], []),
  O('Axios', ['axios.com'], []),
  O('Bloomberg', ['bloomberg.com'], ['Bloomberg News']),
  O('CNBC', ['cnbc.com'], []),
  O('Fortune', ['fortune.com'], []),
  O('Forbes', ['forbes.com'], []),
  O('The Economist', ['economist.com'], ['Economist']),
  O('Time', ['time.com'], ['TIME']),
  O('USA Today', ['usatoday.com'], []),
  O('Los Angeles Times', ['latimes.com'], ['LA Times', 'L.A. Times']),
  O('The Atlantic', ['theatlantic.com'], ['Atlantic']),
  O('The New Yorker', ['newyorker.com'], ['New Yorker']),
  O('Le Monde', ['lemonde.fr'], []),
  O('Der Spiegel', ['spiegel.de'], ['Spiegel']),
  O('Süddeutsche Zeitung', ['sueddeutsche.de'], ['Süddeutscher Zeitung', 'SZ']),
  O('Frankfurter Allgemeine Zeitung', ['faz.net'], ['FAZ']),
  O('Die Zeit', ['zeit.de'], ['Zeit']),
  O('El País', ['elpais.com'], ['El Pais']),
  O('NHK', ['nhk.or.jp'], []),
  O('South China Morning Post', ['scmp.com'], ['SCMP']),
  O('Al Jazeera', ['aljazeera.com'], []),
  O('The Times', ['thetimes.co.uk'], ['Times of London']),
  O('The Telegraph', ['telegraph.co.uk'], ['Telegraph', 'Daily Telegraph']),
  O('Reuters', ['reuters.com'], ['Thomson Reuters'], 'agency'),
  O('Associated Press', ['apnews.com', 'ap.org'], ['AP', 'The Associated Press'], 'agency'),
  O('AFP', ['afp.com'], ['Agence France-Presse', 'Agence France Presse'], 'agency'),
  O('Getty Images', ['gettyimages.com'], ['Getty'], 'agency'),
  O('EPA', ['epa-images.com'], ['EPA-EFE', 'European Pressphoto Agency'], 'agency'),
  O('Xinhua', ['xinhuanet.com', 'news.cn'], ['Xinhua News Agency'], 'agency'),
  O('KCNA', ['kcna.kp'], ['Korean Central News Agency'], 'agency'),
  O('Shutterstock', ['shutterstock.com'], [], 'agency'),
];

const fold = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();

/** Every outlet's names, folded once: exact look-ups by map, tolerant ones by length first. */
const FOLDED: Array<{ folded: string; outlet: Outlet }> = OUTLETS.flatMap((o) => [o.name, ...o.aliases].map((c) => ({ folded: fold(c), outlet: o })));
const EXACT = new Map<string, Outlet>();
for (const { folded, outlet } of FOLDED) if (!EXACT.has(folded)) EXACT.set(folded, outlet);

/** A known outlet by one of its names exactly (case, "the" and punctuation aside). */
export function outletByExactName(name: string): Outlet | undefined {
  return EXACT.get(fold(name));
}

/** Finds a known outlet by name, tolerating small misspellings (one edit per ~8 letters). */
export function outletByName(name: string): Outlet | undefined {
  const n = fold(name);
  if (!n) return undefined;
  const exact = EXACT.get(n);
  if (exact) return exact;
  if (n.length < 6) return undefined; // short names must match exactly (AP, FT, BBC)
  let best: Outlet | undefined;
  let bestD = Infinity;
  for (const { folded: c, outlet: o } of FOLDED) {
    if (c.length < 6) continue;
    const max = Math.max(1, Math.floor(c.length / 8));
    if (Math.abs(c.length - n.length) > max) continue;
    const d = editDistance(c, n);
    if (d <= max && d < bestD) [best, bestD] = [o, d];
  }
  return best;
}

export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/^www\d?\./, '');
  const parts = h.split('.');
  if (parts.length <= 2) return h;
  const sld = parts[parts.length - 2];
  const twoLevel = /^(co|com|org|net|gov|ac|edu|or|ne|go)$/.test(sld) && parts[parts.length - 1].length === 2;
  return parts.slice(twoLevel ? -3 : -2).join('.');
}

export function outletByDomain(host: string): Outlet | undefined {
  const d = registrableDomain(host);
  return OUTLETS.find((o) => o.domains.includes(d));
}
