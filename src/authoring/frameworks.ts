/** Loads and validates the framework files in `stories/frameworks/` (Node, build time). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FrameworkSchema, type Framework } from '../schemas/framework.ts';
import type { Diagnostic } from './diagnostics.ts';

export interface FrameworkLoad {
  readonly frameworks: Framework[];
  readonly diagnostics: Diagnostic[];
  readonly files: string[];
}

function lineOf(text: string, needle: string | undefined): number {
  if (!needle) return 1;
  const index = text.indexOf(needle);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

export function loadFrameworks(rootDir: string): FrameworkLoad {
  const dir = join(rootDir, 'stories', 'frameworks');
  const frameworks: Framework[] = [];
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  if (!existsSync(dir)) {
    diagnostics.push({ file: 'stories/frameworks', line: 1, severity: 'error', message: 'the folder stories/frameworks/ is missing: restore the framework files (swe.json, hcpc.json, pcf.json).' });
    return { frameworks, diagnostics, files };
  }
  const ids = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    files.push(path);
    const display = relative(rootDir, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (cause) {
      const at = /position (\d+)/.exec(String(cause));
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
      diagnostics.push({ file: display, line, severity: 'error', message: `this framework file is not valid JSON (${(cause as Error).message}). Check for a missing comma or quote.` });
      continue;
    }
    const result = FrameworkSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
        diagnostics.push({
          file: display,
          line: lineOf(text, typeof value === 'string' ? JSON.stringify(value) : undefined),
          severity: 'error',
          message: `framework field '${issue.path.join('.') || '(top)'}': ${issue.message}.`,
        });
      }
      continue;
    }
    const other = ids.get(result.data.id);
    if (other) {
      diagnostics.push({ file: display, line: lineOf(text, `"${result.data.id}"`), severity: 'error', message: `framework id '${result.data.id}' is also used by ${other}: give each framework its own id.` });
      continue;
    }
    ids.set(result.data.id, display);
    frameworks.push(result.data);
  }
  return { frameworks, diagnostics, files };
}
