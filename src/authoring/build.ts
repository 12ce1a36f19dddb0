/** Builds every scenario in `stories/`: frameworks, assets, compile, contract checks, catalogue. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework } from '../schemas/framework.ts';
import type { Catalogue } from '../schemas/scenario.ts';
import { loadAssetIndex } from './assets.ts';
import { compileScenario, type ScenarioBuild } from './compile.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadFrameworks } from './frameworks.ts';

export interface StoriesBuild {
  readonly scenarios: readonly ScenarioBuild[];
  readonly frameworks: readonly Framework[];
  readonly diagnostics: readonly Diagnostic[];
  readonly catalogue: Catalogue;
  /** Absolute paths of every file read (stories, includes, frameworks). */
  readonly files: readonly string[];
}

export function listScenarioFiles(rootDir: string): string[] {
  const dir = join(rootDir, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ink'))
    .map((e) => join(dir, e.name))
    .sort();
}

export function buildStories(rootDir: string, only?: readonly string[]): StoriesBuild {
  const fw = loadFrameworks(rootDir);
  const knownCodes = new Set(fw.frameworks.flatMap((f) => f.items.map((i) => i.code)));
  const assets = loadAssetIndex(rootDir);
  const files = listScenarioFiles(rootDir).filter((f) => !only || only.some((o) => f.endsWith(o) || f.endsWith(`${o}.ink`)));
  const scenarios = files.map((f) => compileScenario(f, { rootDir, knownCodes, assets }));
  const diagnostics = sortDiagnostics([...fw.diagnostics, ...scenarios.flatMap((s) => s.diagnostics)]);
  if (scenarios.length === 0 && !only) {
    diagnostics.push({ file: 'stories', line: 1, severity: 'error', message: 'no scenarios found: add at least one stories/<scenario-id>.ink file (try npm run new-scenario -- my-scenario).' });
  }
  const catalogue: Catalogue = {
    type: 'swsim.catalogue',
    schemaVersion: 1,
    scenarios: scenarios.flatMap((s) => (s.meta ? [s.meta] : [])),
  };
  return {
    scenarios,
    frameworks: fw.frameworks,
    diagnostics,
    catalogue,
    files: [...fw.files, ...scenarios.flatMap((s) => s.files)],
  };
}
