/**
 * The dashboard's in-place log check (src/review/shape.ts) must agree with the zod schema exactly:
 * it says yes only where zod accepts the value and gives it back unchanged. Checked on every key,
 * every value in a log altered in many ways, and against the schema's own list of keys.
 */
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DecisionEntrySchema,
  DecisionLogV1Schema,
  IntegritySchema,
  PauseSchema,
  PlainChoiceSchema,
  ReflectionSchema,
  RewindSchema,
  StandardRefSchema,
  type DecisionLog,
} from '../../src/schemas/decision-log.ts';
import { logText } from '../../src/bench/generate.ts';
import { isLogShape, SHAPE_KEYS } from '../../src/review/shape.ts';
import { payloadLog, playedLogs } from '../fixtures/logs/make.ts';

const LogWithoutOptions = DecisionLogV1Schema.extend({ decisions: z.array(DecisionEntrySchema.extend({ offered: z.array(z.unknown()).min(1) })) });

/** What shape.ts promises: yes exactly when zod accepts the value and returns it unchanged. */
function zodSaysKeep(value: unknown): boolean {
  const r = LogWithoutOptions.safeParse(value);
  return r.success && isDeepStrictEqual(r.data, value);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const REPLACEMENTS: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  2,
  3,
  4,
  -3,
  -4,
  1.5,
  2 ** 53,
  '',
  'x',
  ' x',
  'x ',
  'a'.repeat(64),
  'a'.repeat(65),
  'r'.repeat(4000),
  'r'.repeat(4001),
  'r'.repeat(8000),
  'r'.repeat(8001),
  'Ab-c',
  'ab--c',
  'ab-c',
  'a'.repeat(63) + 'A',
  'f'.repeat(64),
  'F'.repeat(64),
  'f'.repeat(63),
  '2026-02-09T11:18:08.281Z',
  '2026-02-09T11:18:08Z',
  '2026-02-30T11:18:08Z',
  '2024-02-29T00:00:00.1Z',
  '2026-02-09T11:18:08+01:00',
  '2026-02-09 11:18:08Z',
  'e52e804b-dd38-49bb-a5a3-a3edbe12df8d',
  'E52E804B-DD38-49BB-A5A3-A3EDBE12DF8D',
  'e52e804b-dd38-09bb-a5a3-a3edbe12df8d',
  '00000000-0000-0000-0000-000000000000',
  'swsim',
  'SHA-256',
  'RFC8785',
  'swsim.decision-log',
  'completed',
  'in-progress',
  'error',
  'resumed',
  'restarted',
  'left',
  'open',
  'closed',
  [],
  [1],
  {},
];

/** Every path in the log, not going inside `offered` lists (checked elsewhere, once per distinct list). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (at[at.length - 1] === 'offered') return out;
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function parentOf(root: Json, path: (string | number)[]): Record<string, unknown> | unknown[] {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string, unknown>;
}

let samples: Json[];
beforeAll(() => {
  const logs: DecisionLog[] = playedLogs(6, 31);
  // One log with a rewind, a pause, reflections and choices, whatever the random plays gave.
  const rich = payloadLog(logs[0]!);
  samples = [...logs, rich].map((l) => JSON.parse(logText(l)) as Json);
  // Neither check looks inside an `offered` list, so a short one keeps each copy cheap.
  for (const s of samples) for (const d of (s as { decisions: { offered: Json[] }[] }).decisions) d.offered = [d.offered[0]!];
  // Make sure the rich one has one of everything (the check is about shape, not the hash chain).
  const r = samples[samples.length - 1] as Record<string, Json[]>;
  const at = '2026-03-01T10:00:00.000Z';
  r.choices = [{ seq: 0, text: 'Go in', at, rewound: true }];
  r.pauses = [{ at, resumedAt: null, outcome: 'open' }, { at, resumedAt: at, outcome: 'resumed' }];
  r.rewinds = [{ at, undoneSeq: 0 }];
  const decisions = r.decisions as Record<string, Json>[];
  decisions[0]!.rewound = true;
  decisions[1]!.rationale = null;
}, 120_000);

describe('in-place log check', () => {
  it('knows exactly the keys of every object in the schema', () => {
    const keys = (s: { shape: object }): string[] => Object.keys(s.shape).sort();
    expect([...SHAPE_KEYS.log].sort()).toEqual(keys(DecisionLogV1Schema));
    expect([...SHAPE_KEYS.decision].sort()).toEqual(keys(DecisionEntrySchema));
    expect([...SHAPE_KEYS.standard].sort()).toEqual(keys(StandardRefSchema));
    expect([...SHAPE_KEYS.choice].sort()).toEqual(keys(PlainChoiceSchema));
    expect([...SHAPE_KEYS.pause].sort()).toEqual(keys(PauseSchema));
    expect([...SHAPE_KEYS.rewind].sort()).toEqual(keys(RewindSchema));
    expect([...SHAPE_KEYS.reflection].sort()).toEqual(keys(ReflectionSchema));
    expect([...SHAPE_KEYS.integrity].sort()).toEqual(keys(IntegritySchema));
    const sub = (k: 'app' | 'learner' | 'scenario' | 'attempt'): string[] => Object.keys((DecisionLogV1Schema.shape[k] as unknown as { shape: object }).shape).sort();
    expect([...SHAPE_KEYS.app].sort()).toEqual(sub('app'));
    expect([...SHAPE_KEYS.learner].sort()).toEqual(sub('learner'));
    expect([...SHAPE_KEYS.scenario].sort()).toEqual(sub('scenario'));
    expect([...SHAPE_KEYS.attempt].sort()).toEqual(sub('attempt'));
    const ending = DecisionLogV1Schema.shape.ending.unwrap() as unknown as { shape: object };
    expect([...SHAPE_KEYS.ending].sort()).toEqual(Object.keys(ending.shape).sort());
  });

  it('accepts the logs the engine writes', () => {
    for (const s of samples) {
      expect(isLogShape(s)).toBe(true);
      expect(zodSaysKeep(s)).toBe(true);
    }
  });

  it('agrees with zod on every key of a log replaced, removed or joined by another', () => {
    let checked = 0;
    let accepted = 0;
    for (const sample of [samples[samples.length - 1]!]) {
      for (const path of paths(sample)) {
        const variants: ((root: Json) => void)[] = [];
        if (path.length === 0) {
          variants.push((r) => ((r as Record<string, Json>).extra = 1));
        } else {
          const key = path[path.length - 1]!;
          for (const value of REPLACEMENTS) variants.push((r) => ((parentOf(r, path) as Record<string | number, unknown>)[key] = structuredClone(value)));
          variants.push((r) => {
            const parent = parentOf(r, path);
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else Reflect.deleteProperty(parent, key);
          });
          variants.push((r) => {
            const parent = parentOf(r, path);
            if (!Array.isArray(parent)) parent[`${String(key)}2`] = 1;
          });
        }
        for (const mutate of variants) {
          const value = structuredClone(sample);
          mutate(value);
          const ours = isLogShape(value);
          expect(ours, `${path.join('.')} → ${JSON.stringify(value).length} bytes`).toBe(zodSaysKeep(value));
          checked++;
          if (ours) accepted++;
        }
      }
    }
    // Both kinds of answer were exercised, many times.
    expect(checked).toBeGreaterThan(10_000);
    expect(accepted).toBeGreaterThan(500);
    expect(checked - accepted).toBeGreaterThan(5_000);
  }, 60_000);

  it('says no to anything that is not a plain object of the right type', () => {
    for (const v of [null, undefined, 1, 'x', [], [samples[0]], { ...(samples[0] as object), schemaVersion: 2 }]) {
      expect(isLogShape(v)).toBe(false);
      expect(zodSaysKeep(v)).toBe(false);
    }
  });
});
