/** Test helpers: compile inline ink into what the browser gets, and drive sessions fresh or via save/restore. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileScenario } from '../../src/authoring/compile.ts';
import type { AssetIndex } from '../../src/authoring/assets.ts';
import { formatDiagnostic } from '../../src/authoring/diagnostics.ts';
import { createSession, restoreSession, type Session, type SessionDeps, type SessionInit } from '../../src/engine/index.ts';
import type { ScenarioMeta } from '../../src/schemas/scenario.ts';

export const TEST_CODES = new Set(['SWE-1', 'SWE-1.1', 'SWE-2', 'SWE-2.1', 'PCF-1', 'PCF-2']);
export const NO_ASSETS: AssetIndex = {
  scenes: new Set(),
  sounds: new Set(),
  ambiences: new Set(['none']),
  speakers: new Set(),
  moods: new Set(),
};

export const HEADER = '# title: Test\n# summary: A test story.\n# minutes: 1\n# version: 1\n';

/** Compiles ink source (header added unless present) and fails loudly on any error. */
export function compileInk(source: string, id = 'inline-test'): { meta: ScenarioMeta; json: string } {
  const dir = mkdtempSync(join(tmpdir(), 'swsim-ink-'));
  const file = join(dir, `${id}.ink`);
  writeFileSync(file, source.startsWith('# title:') ? source : HEADER + source);
  const built = compileScenario(file, { rootDir: dir, knownCodes: TEST_CODES, assets: NO_ASSETS });
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  if (!built.meta || !built.json) throw new Error(`inline ink did not compile:\n${errors.map(formatDiagnostic).join('\n')}`);
  return { meta: built.meta, json: built.json };
}

/** A fake clock: tests move time on by hand. */
export function fakeDeps(start = Date.UTC(2026, 10, 25, 10, 0, 0)): SessionDeps & { tick(ms: number): void } {
  let t = 0;
  let id = 0;
  return {
    clock: () => t,
    now: () => new Date(start + t),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    tick(ms: number) {
      t += ms;
    },
  };
}

export type Mode = 'fresh' | 'round-trip';
export const MODES: Mode[] = ['fresh', 'round-trip'];

/**
 * A driver that, in round-trip mode, saves after every step, serialises the save to JSON text and
 * restores it into a brand-new session before going on: every assertion then runs on a restored session.
 */
export function drive(mode: Mode, compiled: { meta: ScenarioMeta; json: string }, deps = fakeDeps()) {
  const init: SessionInit = { meta: compiled.meta, storyJson: compiled.json, appVersion: 'test', learner: { id: 'trainee-1', cohort: 'C1' } };
  const started = createSession(init, deps);
  let session: Session = started.session;
  const roundTrip = (): void => {
    if (mode === 'round-trip') session = restoreSession(JSON.parse(JSON.stringify(session.toSave())), init, deps);
  };
  roundTrip();
  return {
    deps,
    init,
    firstBeats: started.beats,
    get session() {
      return session;
    },
    choose(optionId: string, rationale?: string) {
      const beats = session.choose(optionId, rationale);
      roundTrip();
      return beats;
    },
    stepBack() {
      const ok = session.stepBack();
      roundTrip();
      return ok;
    },
    texts(): string[] {
      return session.transcript.flatMap((t) => (t.kind === 'line' ? [t.beat.text] : [`> ${t.text}`]));
    },
    roundTrip,
  };
}
