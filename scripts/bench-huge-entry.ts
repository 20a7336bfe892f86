// Bundled by scripts/bench-huge.ts for the in-browser half (not part of the extension): the
// page script's way of analyzing (stages with a pause between them), timed with long tasks.
import { analyzeInSteps } from '../core/analyze';

interface LongTask {
  start: number;
  ms: number;
}

(globalThis as unknown as { ledeHuge: unknown }).ledeHuge = {
  async run(url: string) {
    const tasks: LongTask[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, ms: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: false });
    const stages: Array<{ stage: string; at: number }> = [];
    const t0 = performance.now();
    // The same pause as lib/page/analysis.ts: hand the main thread back between stages.
    const pause = () =>
      new Promise<void>((resolve) => {
        stages.push({ stage: 'pause', at: performance.now() - t0 });
        setTimeout(resolve, 0);
      });
    const analysis = await analyzeInSteps(document, url, pause);
    const total = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // let the observer deliver the last entries
    observer.disconnect();
    return {
      total,
      longTasks: tasks.filter((t) => t.start >= t0).map((t) => Math.round(t.ms)),
      timings: analysis.timings,
      warnings: analysis.warnings,
      words: analysis.article.wordCount,
      isArticle: analysis.isArticle,
    };
  },
};
