import type { ContentScriptContext } from 'wxt/utils/content-script-context';
/** Reader overlay (placeholder until the reader issue lands). */
export function registerReaderOverlay(_ctx: ContentScriptContext): void {}
