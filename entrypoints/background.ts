import { defineBackground } from 'wxt/utils/define-background';
import { registerAnalysis } from '../lib/background/analysis';
import { registerReader } from '../lib/background/reader';
import { registerLibrary } from '../lib/background/library';
import { registerHighlights } from '../lib/background/highlights';

// The background only wires features together; each feature registers its own listeners.
// A runtime.onMessage listener answers (returns a promise) only for its own message types.
export default defineBackground(() => {
  registerAnalysis();
  registerReader();
  registerLibrary();
  registerHighlights();
});
