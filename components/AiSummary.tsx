import type { Analysis } from '../core/types';
/** Optional on-device AI summary (Chrome Summarizer API): placeholder until issue 7 lands; renders nothing. */
export function AiSummary(_props: { analysis: Analysis }) {
  return null;
}
