import type { Analysis } from '../../core/types';
/** The popup's "Save" button (placeholder: hidden until the library feature lands). */
export function SaveButton(_props: { tabId: number; analysis: Analysis }) {
  return null;
}
