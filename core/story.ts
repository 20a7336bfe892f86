/** The story as sentences: each keeps the kind of block it came from (and its post, if embedded). */
import type { Block, EmbeddedPost, BlockKind } from './extract';
import { splitSentences } from './sentences';

export interface SentenceInfo {
  text: string;
  kind: BlockKind;
  block: number;
  post?: EmbeddedPost;
}

export function toSentences(blocks: Block[], lang: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  blocks.forEach((b, block) => {
    const parts = b.kind === 'heading' || b.kind === 'table' ? [b.text] : splitSentences(b.text, lang);
    for (const text of parts) out.push({ text, kind: b.kind, block, ...(b.post ? { post: b.post } : {}) });
  });
  return out;
}
