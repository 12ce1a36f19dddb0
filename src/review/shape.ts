/**
 * A quick, in-place check that a parsed value is a version 1 decision log, for the dashboard's
 * bulk loading. It accepts exactly what `DecisionLogV1Schema` (src/schemas/decision-log.ts)
 * accepts and would return unchanged, except each decision's `offered` list, which is left to
 * the caller (see OfferedInterner in validate.ts): so the value itself can be used as the log,
 * with no copy.
 *
 * Why: zod copies every object it checks, which cost as much as parsing the JSON again over
 * thousands of logs. Why it is safe: it only ever says yes or no. "No" sends the value through
 * zod as before, which also gives the message; "yes" is only given where zod would accept the
 * value and return it as it is (a pseudonym with spaces around it, which zod trims, is a "no").
 * tests/review/shape.test.ts checks it against zod on thousands of altered logs, and that it
 * knows every key of every object in the schema.
 */
import { LOG_PATTERNS, LOG_TYPE } from '../schemas/decision-log.ts';

const { kebab: KEBAB, hash: HASH, isoTime: ISO_TIME, uuid: UUID } = LOG_PATTERNS;

/** The keys of each object in the schema, to compare with it in tests. */
export const SHAPE_KEYS = {
  log: ['type', 'schemaVersion', 'app', 'learner', 'scenario', 'attempt', 'ending', 'decisions', 'choices', 'pauses', 'rewinds', 'reflections', 'integrity'],
  app: ['name', 'version'],
  learner: ['id', 'cohort'],
  scenario: ['id', 'title', 'version', 'storyHash'],
  attempt: ['id', 'startedAt', 'endedAt', 'status'],
  ending: ['id', 'title'],
  decision: ['seq', 'decisionId', 'prompt', 'key', 'offered', 'chosen', 'standards', 'timeToDecideMs', 'at', 'rationale', 'rewound', 'prevHash', 'hash'],
  standard: ['code', 'weight'],
  choice: ['seq', 'text', 'at', 'rewound'],
  pause: ['at', 'resumedAt', 'outcome'],
  rewind: ['at', 'undoneSeq'],
  reflection: ['prompt', 'answer'],
  integrity: ['algorithm', 'canonicalization', 'genesis', 'head', 'count', 'seal'],
} as const;

type Obj = Record<string, unknown>;

/** A plain object (not null, not an array) with exactly `n` own keys. */
function objectOf(v: unknown, n: number): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  let count = 0;
  for (const k in v) if (Object.hasOwn(v, k)) count++;
  return count === n;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): boolean => typeof v === 'string' && ISO_TIME.test(v);
const isHash = (v: unknown): boolean => typeof v === 'string' && HASH.test(v);
const isKebab = (v: unknown): boolean => typeof v === 'string' && KEBAB.test(v);
/** As zod's `string().trim().min(1).max(64).nullable()`, when trimming would change nothing. */
const isPseudonym = (v: unknown): boolean => v === null || (typeof v === 'string' && v.length >= 1 && v.length <= 64 && v.trim() === v);

function isStandards(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const s of v) {
    if (!objectOf(s, 2)) return false;
    if (!isString(s.code) || s.code.length < 1) return false;
    const w = s.weight;
    if (!Number.isSafeInteger(w) || (w as number) < -3 || (w as number) > 3) return false;
  }
  return true;
}

function isDecision(d: unknown): boolean {
  if (!objectOf(d, 13)) return false;
  return (
    isCount(d.seq) &&
    isKebab(d.decisionId) &&
    isString(d.prompt) &&
    isBool(d.key) &&
    Array.isArray(d.offered) &&
    d.offered.length >= 1 &&
    isString(d.chosen) &&
    d.chosen.length >= 1 &&
    isStandards(d.standards) &&
    isCount(d.timeToDecideMs) &&
    isTime(d.at) &&
    (d.rationale === null || (isString(d.rationale) && d.rationale.length <= 4000)) &&
    isBool(d.rewound) &&
    isHash(d.prevHash) &&
    isHash(d.hash)
  );
}

function every(v: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!test(item)) return false;
  return true;
}

const isChoice = (c: unknown): boolean => objectOf(c, 4) && isCount(c.seq) && isString(c.text) && isTime(c.at) && isBool(c.rewound);
const isPause = (p: unknown): boolean =>
  objectOf(p, 3) && isTime(p.at) && (p.resumedAt === null || isTime(p.resumedAt)) && (p.outcome === 'resumed' || p.outcome === 'restarted' || p.outcome === 'left' || p.outcome === 'open');
const isRewind = (r: unknown): boolean => objectOf(r, 2) && isTime(r.at) && isCount(r.undoneSeq);
const isReflection = (r: unknown): boolean => objectOf(r, 2) && isString(r.prompt) && isString(r.answer) && r.answer.length <= 8000;

/**
 * True when `DecisionLogV1Schema` would accept `v` and give it back unchanged (each decision's
 * `offered` only has to be a non-empty array here).
 */
export function isLogShape(v: unknown): boolean {
  if (!objectOf(v, 13)) return false;
  if (v.type !== LOG_TYPE || v.schemaVersion !== 1) return false;
  const { app, learner, scenario, attempt, ending, integrity } = v;
  if (!objectOf(app, 2) || app.name !== 'swsim' || !isString(app.version) || app.version.length < 1) return false;
  if (!objectOf(learner, 2) || !isPseudonym(learner.id) || !isPseudonym(learner.cohort)) return false;
  if (!objectOf(scenario, 4) || !isKebab(scenario.id) || !isString(scenario.title) || !Number.isSafeInteger(scenario.version) || (scenario.version as number) <= 0 || !isHash(scenario.storyHash)) {
    return false;
  }
  if (
    !objectOf(attempt, 4) ||
    !(typeof attempt.id === 'string' && UUID.test(attempt.id)) ||
    !isTime(attempt.startedAt) ||
    !(attempt.endedAt === null || isTime(attempt.endedAt)) ||
    !(attempt.status === 'completed' || attempt.status === 'in-progress' || attempt.status === 'error')
  ) {
    return false;
  }
  if (ending !== null && !(objectOf(ending, 2) && isKebab(ending.id) && isString(ending.title))) return false;
  if (
    !objectOf(integrity, 6) ||
    integrity.algorithm !== 'SHA-256' ||
    integrity.canonicalization !== 'RFC8785' ||
    !isHash(integrity.genesis) ||
    !isHash(integrity.head) ||
    !isCount(integrity.count) ||
    !isHash(integrity.seal)
  ) {
    return false;
  }
  return every(v.decisions, isDecision) && every(v.choices, isChoice) && every(v.pauses, isPause) && every(v.rewinds, isRewind) && every(v.reflections, isReflection);
}
