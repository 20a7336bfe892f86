/**
 * The one message protocol between Lede's contexts, defined once.
 * Names say the direction, as in Dark Reader: `content:*` goes content script → background,
 * `ui:*` goes an extension page (popup, side panel, library, reader page) → background,
 * `bg:*` goes background → the on-demand page script.
 *
 * Everything that arrives is checked with `isMessage` before it is handled: a message is an
 * object with a known `type` and fields of the right types. Page scripts cannot reach
 * runtime messaging, but a compromised or confused sender must still not crash a handler.
 */
import type { Analysis } from '../core/types';
import type { Highlight } from './library/types';

export type ErrorCode =
  | 'restricted' // chrome://, the web store, PDF viewer, file:// without access...
  | 'no-tab'
  | 'not-article'
  | 'failed'
  | 'too-large'
  | 'quota'
  | 'invalid';

export interface LedeError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: LedeError };

export interface DetectionReport {
  url: string;
  title: string;
  isArticle: boolean;
  score: number;
  reasons: string[];
}

export interface ReaderState {
  on: boolean;
}

/** The highlights of the story a page shows (`entryId` null: not in the library). */
export interface PageHighlights {
  entryId: string | null;
  highlights: Highlight[];
}

/** A highlight just made; `saved`: its story was not in the library and now is. */
export interface AddedHighlight {
  highlight: Highlight;
  saved: boolean;
}

/** Messages and the value each one answers with. */
export interface Protocol {
  // content script (detector) → background
  'content:detected': { req: DetectionReport; res: void };
  // extension page → background
  'ui:analyze': { req: { tabId: number; force?: boolean }; res: Result<{ analysis: Analysis; cached: boolean; tabUrl: string }> };
  'ui:scrollTo': { req: { tabId: number; sentenceIndex: number; text: string }; res: Result<{ found: boolean }> };
  'ui:reader': { req: { tabId: number; on?: boolean; confirmed?: boolean }; res: Result<ReaderState> };
  'ui:readerState': { req: { tabId: number }; res: Result<ReaderState> };
  'ui:save': { req: { tabId: number }; res: Result<{ id: string; updated: boolean }> };
  // reader overlay (page script) → background
  'page:save': { req: { url: string }; res: Result<{ id: string; updated: boolean }> };
  'page:openTab': { req: { url: string }; res: void };
  /** The overlay closed or opened itself (Escape, Close button, navigation): keeps the badge honest. */
  'page:readerState': { req: { on: boolean }; res: void };
  // page script (overlay or the page's own text) → background: highlights of the story in the sender's tab.
  // The tab is always the sender's (never named in the message): a page can only reach its own story.
  'page:highlights': { req: Record<never, never>; res: Result<PageHighlights> };
  /** `highlight` is a NewHighlight, checked field by field in the background. */
  'page:highlightAdd': { req: { highlight: object }; res: Result<AddedHighlight> };
  /** `change` is a HighlightChange (colour, note, remove). */
  'page:highlightEdit': { req: { id: string; change: object }; res: Result<Highlight | null> };
  // background → on-demand page script
  'bg:ping': { req: Record<never, never>; res: { ready: true } };
  'bg:analyze': { req: { url?: string }; res: Result<Analysis> };
  'bg:scrollTo': { req: { sentenceIndex: number; text: string }; res: { found: boolean } };
  /** `confirmed`: the person already agreed to open a page that doesn't look like an article. */
  'bg:reader': { req: { on?: boolean; analysis?: Analysis; confirmed?: boolean }; res: ReaderState };
  'bg:readerState': { req: Record<never, never>; res: ReaderState };
  /**
   * Highlight the current selection (context menu, keyboard shortcut). Sent to a tab's page
   * script, or (with `readerTab`) to the reader page open in that tab.
   */
  'bg:highlight': { req: { readerTab?: number }; res: Result<{ highlighted: boolean }> };
  /** The page is a saved story with highlights: show them (re-anchor in the live page). */
  'bg:highlights': { req: Record<never, never>; res: { shown: number; missing: number } };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['req'];
export type Response<T extends MessageType> = Protocol[T]['res'];

type FieldType = 'string' | 'number' | 'boolean' | 'object' | 'string?' | 'number?' | 'boolean?' | 'object?';

/** The fields each message must carry, checked at runtime on arrival. */
const SCHEMA: { [T in MessageType]: Record<string, FieldType> } = {
  'content:detected': { url: 'string', title: 'string', isArticle: 'boolean', score: 'number', reasons: 'object' },
  'ui:analyze': { tabId: 'number', force: 'boolean?' },
  'ui:scrollTo': { tabId: 'number', sentenceIndex: 'number', text: 'string' },
  'ui:reader': { tabId: 'number', on: 'boolean?', confirmed: 'boolean?' },
  'ui:readerState': { tabId: 'number' },
  'ui:save': { tabId: 'number' },
  'page:save': { url: 'string' },
  'page:openTab': { url: 'string' },
  'page:readerState': { on: 'boolean' },
  'page:highlights': {},
  'page:highlightAdd': { highlight: 'object' },
  'page:highlightEdit': { id: 'string', change: 'object' },
  'bg:ping': {},
  'bg:analyze': { url: 'string?' },
  'bg:scrollTo': { sentenceIndex: 'number', text: 'string' },
  'bg:reader': { on: 'boolean?', analysis: 'object?', confirmed: 'boolean?' },
  'bg:readerState': {},
  'bg:highlight': { readerTab: 'number?' },
  'bg:highlights': {},
};

export function isMessage(x: unknown): x is Message {
  if (!x || typeof x !== 'object') return false;
  const type = (x as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMA, type)) return false;
  const fields = SCHEMA[type as MessageType];
  for (const [key, want] of Object.entries(fields)) {
    const value = (x as Record<string, unknown>)[key];
    const optional = want.endsWith('?');
    if (value === undefined) {
      if (optional) continue;
      return false;
    }
    const base = optional ? want.slice(0, -1) : want;
    if (base === 'object' ? typeof value !== 'object' || value === null : typeof value !== base) return false;
    if (base === 'number' && !Number.isFinite(value)) return false;
  }
  return true;
}

export function isMessageOf<T extends MessageType>(x: unknown, type: T): x is Message<T> {
  return isMessage(x) && x.type === type;
}

export function fail(code: ErrorCode, message: string): { ok: false; error: LedeError } {
  return { ok: false, error: { code, message } };
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Minimal shape of `browser.runtime` / `browser.tabs` needed to send; keeps this module free of imports. */
interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}
interface TabsLike {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/** Send a typed message to the background. */
export function sendToBackground<T extends MessageType>(runtime: RuntimeLike, message: Message<T>): Promise<Response<T>> {
  return runtime.sendMessage(message) as Promise<Response<T>>;
}

/** Send a typed message to a tab's top frame. */
export function sendToTab<T extends MessageType>(tabs: TabsLike, tabId: number, message: Message<T>): Promise<Response<T>> {
  return tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<Response<T>>;
}
