// Bundled by scripts/bench.ts for the in-browser half of the benchmark (not part of the extension).
import { Readability } from '@mozilla/readability';
import { analyze } from '../core/analyze';

(globalThis as unknown as { ledeBench: unknown }).ledeBench = {
  run(html: string, url: string, runs: number) {
    const parser = new DOMParser();
    const r: number[] = [];
    const a: number[] = [];
    const fresh = () => parser.parseFromString(html, 'text/html');
    for (let i = 0; i < 2; i++) {
      new Readability(fresh()).parse();
      analyze(fresh(), url, { purifyWindow: window });
    }
    for (let i = 0; i < runs; i++) {
      const d1 = fresh();
      const d2 = fresh();
      let t = performance.now();
      if (i % 2) {
        new Readability(d1).parse();
        r.push(performance.now() - t);
        t = performance.now();
        analyze(d2, url, { purifyWindow: window });
        a.push(performance.now() - t);
      } else {
        analyze(d2, url, { purifyWindow: window });
        a.push(performance.now() - t);
        t = performance.now();
        new Readability(d1).parse();
        r.push(performance.now() - t);
      }
    }
    const stages: Record<string, number[]> = {};
    for (let i = 0; i < 5; i++) for (const [k, v] of Object.entries(analyze(fresh(), url, { purifyWindow: window }).timings ?? {})) (stages[k] ??= []).push(v);
    return { r, a, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.min(...v)])) };
  },
};
