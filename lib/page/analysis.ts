import type { ContentScriptContext } from 'wxt/utils/content-script-context';
/** Page-side analysis and highlight handlers (placeholder until the extension issue lands). */
export function registerPageAnalysis(_ctx: ContentScriptContext): void {}
