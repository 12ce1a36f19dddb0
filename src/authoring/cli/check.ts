/**
 * `npm run stories:check [-- file ...]`: compiles every scenario, prints each problem as
 * `stories/x.ink:12: error: ...`, and exits 1 when there is an error.
 * `--strict` also fails on warnings; `--root <dir>` checks another project folder (used by tests).
 */
import { resolve } from 'node:path';
import { buildStories } from '../build.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const rootFlag = args.indexOf('--root');
const rootArg = rootFlag >= 0 ? args[rootFlag + 1] : undefined;
const root = rootArg ? resolve(rootArg) : resolve(import.meta.dirname, '../../..');
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
const result = buildStories(root, only.length > 0 ? only : undefined);
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
const warnings = result.diagnostics.length - errors;
const ok = result.scenarios.filter((s) => s.meta).length;
console.log(
  `\n${result.scenarios.length} scenario(s) checked, ${ok} ready; ${errors} error(s), ${warnings} warning(s). Frameworks: ${result.frameworks.map((f) => `${f.id} (${f.items.length} items)`).join(', ') || 'none'}.`,
);
process.exit(errors > 0 || (strict && warnings > 0) ? 1 : 0);
