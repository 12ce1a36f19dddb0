/**
 * Generates decision logs by playing the real scenarios in `stories/*.ink` with seeded random
 * choices, through the real engine (the same `createSession` / `choose` / `buildLog` the trainee
 * page uses). Node only: it compiles the stories with the authoring pipeline.
 *
 * Used by `npm run bench`, the review unit tests and the browser test of the dashboard.
 */
import { buildStories } from '../authoring/build.ts';
import { prng } from '../authoring/qa/explore.ts';
import { entryHash, genesisHash, sealHash } from '../engine/integrity.ts';
import { createSession, type Session, type SessionDeps } from '../engine/session.ts';
import type { DecisionLog } from '../schemas/decision-log.ts';
import type { ScenarioMeta } from '../schemas/scenario.ts';

export interface PlayableScenario {
  readonly meta: ScenarioMeta;
  readonly json: string;
}

/** Compiles every scenario in `<rootDir>/stories` and fails loudly if one does not build. */
export function loadScenarios(rootDir = process.cwd(), only?: readonly string[]): PlayableScenario[] {
  const built = buildStories(rootDir, only);
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`The stories have errors:\n${errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`);
  return built.scenarios.flatMap((s) => (s.meta && s.json ? [{ meta: s.meta, json: s.json }] : []));
}

/** The QA explorer's seeded generator (mulberry32): the same seed always gives the same logs. */
export const seededRandom = prng;

function seededUuid(random: () => number): string {
  const b = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const RATIONALES = [
  'It felt like the most respectful first step.',
  'I wanted to keep them talking and not close things down.',
  'Safety came first here.',
  'I was not sure, so I chose the option that kept options open.',
  'They had asked for this directly.',
  'I think this is what the law expects of me at this point.',
];
const REFLECTIONS = [
  'I noticed I wanted to fix things quickly.',
  'Next time I would check what they already knew before explaining.',
  'I found the silence hard and filled it.',
  'I would ask my supervisor about the duty to share information here.',
];

export interface GenerateOptions {
  readonly count: number;
  readonly seed?: number;
  /** Learner pseudonyms to draw from (default: 24 trainees). */
  readonly learners?: readonly string[];
  readonly cohorts?: readonly string[];
  /** First attempt start (UTC ms); attempts spread over the following days. */
  readonly start?: number;
  /** Share of attempts the trainee leaves before an ending (default 0.05). */
  readonly abandonRate?: number;
}

/** Plays `count` attempts across the scenarios with seeded random choices and returns their logs. */
export function generateLogs(scenarios: readonly PlayableScenario[], options: GenerateOptions): DecisionLog[] {
  if (scenarios.length === 0) throw new Error('No scenarios to play.');
  const random = seededRandom(options.seed ?? 1);
  const learners = options.learners ?? Array.from({ length: 24 }, (_, i) => `trainee-${String(i + 1).padStart(3, '0')}`);
  const cohorts = options.cohorts ?? ['MH-2026-A', 'MH-2026-B', 'MH-2025-C'];
  const start = options.start ?? Date.UTC(2026, 0, 12, 9, 0, 0);
  const abandonRate = options.abandonRate ?? 0.05;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const logs: DecisionLog[] = [];
  for (let n = 0; n < options.count; n++) {
    const scenario = pick(scenarios);
    const learnerIndex = Math.floor(random() * learners.length);
    const anonymous = random() < 0.04;
    const learner = {
      id: anonymous ? null : learners[learnerIndex]!,
      cohort: anonymous ? null : cohorts[learnerIndex % cohorts.length]!,
    };
    let t = 0;
    const base = start + Math.floor(random() * 40) * 86_400_000 + Math.floor(random() * 8 * 3_600_000);
    const deps: SessionDeps = {
      clock: () => t,
      now: () => new Date(base + t),
      newId: () => seededUuid(random),
    };
    const { session } = createSession({ meta: scenario.meta, storyJson: scenario.json, appVersion: 'bench', learner }, deps);
    playOut(session, random, (ms) => (t += ms), abandonRate);
    logs.push(session.buildLog());
  }
  return logs;
}

function thinkTime(random: () => number): number {
  // Mostly 3-40 s, now and then a long pause for thought.
  const base = 3000 + random() * random() * 37_000;
  return Math.round(random() < 0.05 ? base * 4 : base);
}

function playOut(session: Session, random: () => number, tick: (ms: number) => void, abandonRate: number): void {
  const abandonAt = random() < abandonRate ? 1 + Math.floor(random() * 4) : Infinity;
  let steps = 0;
  while (session.status === 'choosing' && steps < 200) {
    const cp = session.choicePoint;
    if (!cp || cp.options.length === 0) break;
    if (steps >= abandonAt) return;
    if (random() < 0.04) {
      session.pause();
      tick(30_000 + Math.floor(random() * 120_000));
      session.resume('resumed');
    }
    tick(thinkTime(random));
    session.markDecided();
    const option = cp.options[Math.floor(random() * cp.options.length)]!;
    const rationale = cp.decision?.rationale && random() < 0.7 ? RATIONALES[Math.floor(random() * RATIONALES.length)]! : null;
    if (rationale) tick(5000 + Math.floor(random() * 20_000));
    session.choose(option.id, rationale);
    steps++;
    if (cp.decision && random() < 0.06 && session.canStepBack) {
      tick(2000);
      session.stepBack();
    }
  }
  for (const r of session.reflections) {
    if (random() < 0.6) session.setReflection(r.prompt, REFLECTIONS[Math.floor(random() * REFLECTIONS.length)]!);
  }
}

/** One log as the trainee's download writes it (pretty JSON and a final newline). */
export function logText(log: DecisionLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A new attempt made from a played one: fresh attempt id, another learner, all times moved by the
 * same amount, and the hash chain and seal rebuilt with the engine's own integrity functions. The
 * path, choices, timings and texts are the played ones. Used by the bench to reach thousands of
 * logs without loading an ink story thousands of times.
 */
export function restamp(
  log: DecisionLog,
  random: () => number,
  learner: { id: string | null; cohort: string | null },
): DecisionLog {
  const shift = Math.floor((random() - 0.5) * 30) * 86_400_000 + Math.floor(random() * 3_600_000);
  const move = (iso: string): string => new Date(Date.parse(iso) + shift).toISOString();
  const attempt = {
    ...log.attempt,
    id: seededUuid(random),
    startedAt: move(log.attempt.startedAt),
    endedAt: log.attempt.endedAt ? move(log.attempt.endedAt) : null,
  };
  const genesis = genesisHash({
    attemptId: attempt.id,
    startedAt: attempt.startedAt,
    scenarioId: log.scenario.id,
    scenarioVersion: log.scenario.version,
    storyHash: log.scenario.storyHash,
    learnerId: learner.id,
    cohort: learner.cohort,
  });
  let prev = genesis;
  const decisions = log.decisions.map((d) => {
    const { hash: _hash, rewound, ...rest } = d;
    const unhashed = { ...rest, at: move(d.at), prevHash: prev };
    const hash = entryHash(unhashed);
    prev = hash;
    return { ...unhashed, rewound, hash };
  });
  const unsealed = {
    ...log,
    learner: { ...learner },
    attempt,
    decisions,
    choices: log.choices.map((c) => ({ ...c, at: move(c.at) })),
    pauses: log.pauses.map((p) => ({ ...p, at: move(p.at), resumedAt: p.resumedAt ? move(p.resumedAt) : null })),
    rewinds: log.rewinds.map((r) => ({ ...r, at: move(r.at) })),
    reflections: log.reflections.map((r) => ({ ...r })),
    integrity: { algorithm: log.integrity.algorithm, canonicalization: log.integrity.canonicalization, genesis, head: prev, count: decisions.length },
  };
  return { ...unsealed, integrity: { ...unsealed.integrity, seal: sealHash(unsealed) } };
}
