/** The popup's "Reader mode" switch (placeholder: hidden until the reader feature lands). */
export function ReaderSwitch(_props: { tabId: number }) {
  return null;
}
