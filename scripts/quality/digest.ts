/**
 * The digest's quality tasks in one run: summary (CNN highlights), timeline (TimeBank dates),
 * sources (PolNeAR attributions) and detection (every dev corpus + non-article fixtures). Each
 * corpus page is analyzed once per run, in two processes, and every task reads those analyses.
 */
import { corporaDir, floorsFile, Run, toolsDir, type TaskReport } from './shared';
import { runSummary } from './summary';
import { runTimeline } from './timeline';
import { runSources } from './sources';
import { runDetection } from './detection';

export const TASKS = { summary: runSummary, timeline: runTimeline, sources: runSources, detection: runDetection } as const;
export type TaskName = keyof typeof TASKS;
export const TASK_NAMES = Object.keys(TASKS) as TaskName[];

export interface DigestQuality {
  corpora: string | null;
  /** Why nothing was measured (corpora or scorers absent). */
  skipped?: string;
  reports: TaskReport[];
}

export async function runDigestQuality(tasks: readonly TaskName[] = TASK_NAMES, onReport?: (r: TaskReport) => void): Promise<DigestQuality> {
  const corpora = corporaDir();
  if (!corpora) return { corpora: null, skipped: 'corpora absent', reports: [] };
  if (!toolsDir()) return { corpora, skipped: 'the shared scorers (../shared/tools) are absent', reports: [] };
  const run = new Run(corpora);
  const reports: TaskReport[] = [];
  // Sequential: the analyses of each corpus are shared, and the scorers are CPU-bound too.
  for (const t of tasks) {
    const r = await TASKS[t](run);
    reports.push(r);
    onReport?.(r);
  }
  return { corpora, reports };
}

export { floorsFile };
