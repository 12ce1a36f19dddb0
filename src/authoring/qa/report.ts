/** Writes the HTML reports: one `<id>.html` per scenario and `index.html`. Returns the index path. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexHtml, scenarioHtml } from './html.ts';
import type { QaRun } from './index.ts';

export function writeReports(run: QaRun, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  for (const s of run.scenarios) writeFileSync(join(outDir, `${s.id}.html`), scenarioHtml(s));
  const index = join(outDir, 'index.html');
  writeFileSync(index, indexHtml(run));
  return index;
}
