import { z } from 'zod';

/** The decision log format version written by this build. Readers accept 1..LOG_SCHEMA_VERSION. */
export const LOG_SCHEMA_VERSION = 1;
export const LOG_TYPE = 'swsim.decision-log' as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASH = /^[0-9a-f]{64}$/;
const Kebab = z.string().regex(KEBAB, 'kebab-case');
const Hash = z.string().regex(HASH, 'a SHA-256 hex digest');
const IsoTime = z.iso.datetime({ offset: false });
const Uuid = z.uuid();

/** The string formats the schema checks, for code that must agree with it exactly (src/review/shape.ts). */
export const LOG_PATTERNS = {
  kebab: KEBAB,
  hash: HASH,
  isoTime: IsoTime._zod.def.pattern!,
  uuid: Uuid._zod.def.pattern!,
} as const;
/** Pseudonymous ids typed by trainees: short, no spaces-only strings; never a requirement. */
const Pseudonym = z.string().trim().min(1).max(64).nullable();

export const StandardRefSchema = z.strictObject({ code: z.string().min(1), weight: z.int().min(-3).max(3) });

export const OfferedOptionSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string(),
  feedback: z.string().nullable(),
  standards: z.array(StandardRefSchema),
});

/** One assessed decision. `hash` chains it to the previous decision (or the genesis hash). */
export const DecisionEntrySchema = z.strictObject({
  seq: z.int().nonnegative(),
  decisionId: Kebab,
  prompt: z.string(),
  key: z.boolean(),
  offered: z.array(OfferedOptionSchema).min(1),
  chosen: z.string().min(1),
  standards: z.array(StandardRefSchema),
  timeToDecideMs: z.int().nonnegative(),
  at: IsoTime,
  rationale: z.string().max(4000).nullable(),
  /** True when the trainee later stepped back past this decision. Not part of the entry hash. */
  rewound: z.boolean(),
  prevHash: Hash,
  hash: Hash,
});

export const PlainChoiceSchema = z.strictObject({
  seq: z.int().nonnegative(),
  text: z.string(),
  at: IsoTime,
  rewound: z.boolean(),
});

export const PauseSchema = z.strictObject({
  at: IsoTime,
  resumedAt: IsoTime.nullable(),
  /** What the trainee did from the pause screen. */
  outcome: z.enum(['resumed', 'restarted', 'left', 'open']),
});

export const RewindSchema = z.strictObject({
  at: IsoTime,
  /** seq of the decision or plain choice that was undone. */
  undoneSeq: z.int().nonnegative(),
});

export const ReflectionSchema = z.strictObject({ prompt: z.string(), answer: z.string().max(8000) });

export const IntegritySchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  canonicalization: z.literal('RFC8785'),
  /** Hash of the log header (attempt, scenario, learner): the first link of the chain. */
  genesis: Hash,
  /** Hash of the last decision (or genesis when there are none). */
  head: Hash,
  count: z.int().nonnegative(),
  /** Hash of the whole log with `integrity.seal` left out: covers reflections, rewinds and pauses. */
  seal: Hash,
});

export const DecisionLogV1Schema = z.strictObject({
  type: z.literal(LOG_TYPE),
  schemaVersion: z.literal(1),
  app: z.strictObject({ name: z.literal('swsim'), version: z.string().min(1) }),
  learner: z.strictObject({ id: Pseudonym, cohort: Pseudonym }),
  scenario: z.strictObject({ id: Kebab, title: z.string(), version: z.int().positive(), storyHash: Hash }),
  attempt: z.strictObject({
    id: Uuid,
    startedAt: IsoTime,
    endedAt: IsoTime.nullable(),
    status: z.enum(['completed', 'in-progress', 'error']),
  }),
  ending: z.strictObject({ id: Kebab, title: z.string() }).nullable(),
  decisions: z.array(DecisionEntrySchema),
  choices: z.array(PlainChoiceSchema),
  pauses: z.array(PauseSchema),
  rewinds: z.array(RewindSchema),
  reflections: z.array(ReflectionSchema),
  integrity: IntegritySchema,
});

export type DecisionLog = z.infer<typeof DecisionLogV1Schema>;
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;
export type OfferedOption = z.infer<typeof OfferedOptionSchema>;
export type PlainChoice = z.infer<typeof PlainChoiceSchema>;
export type Pause = z.infer<typeof PauseSchema>;
export type Rewind = z.infer<typeof RewindSchema>;
export type Reflection = z.infer<typeof ReflectionSchema>;

export type LogParseResult =
  | { ok: true; log: DecisionLog }
  | { ok: false; code: 'not-json' | 'not-a-log' | 'future-version' | 'invalid'; message: string };

/**
 * Reads a decision log from text or a parsed value. Never throws: every failure comes back with a
 * code and a sentence a cohort lead can act on.
 */
export function parseDecisionLog(input: unknown): LogParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, code: 'not-json', message: 'This file is not JSON, so it cannot be a decision log (it may be truncated or another kind of file).' };
    }
  }
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== LOG_TYPE) {
    return { ok: false, code: 'not-a-log', message: `This JSON is not a decision log (it has no "type": "${LOG_TYPE}").` };
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > LOG_SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'future-version',
      message: `This log uses format version ${version}, newer than this dashboard understands (up to ${LOG_SCHEMA_VERSION}). Open it with a newer version of the simulator.`,
    };
  }
  const result = DecisionLogV1Schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    return { ok: false, code: 'invalid', message: `This decision log does not match the format: ${first.join('; ')}.` };
  }
  return { ok: true, log: result.data };
}
