import { formatNumber } from '../../lib/format';
import { plural, t, uiLocale } from '../../lib/i18n';

/** How many highlights, said in the UI language ("3 highlights"). */
export function highlightCount(n: number, locale?: string): string {
  return t(plural(n, 'highlightsOne', 'highlightsOther'), formatNumber(n, locale ?? uiLocale()));
}
