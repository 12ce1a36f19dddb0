/**
 * One entry per attempt: copies of the same attempt (same attempt id) found in several files are
 * merged, and the dashboard says so. Pure (no DOM).
 */
import type { Verification } from '../engine/integrity.ts';
import type { DecisionLog } from '../schemas/decision-log.ts';
import type { LoadedLog } from './ingest.ts';

export interface Copy {
  readonly file: string;
  readonly log: DecisionLog;
  readonly verification: Verification;
}

export interface Attempt {
  readonly id: string;
  /** The copy the dashboard uses. */
  readonly kept: Copy;
  /** Every copy loaded, in load order (the kept one included). */
  readonly copies: readonly Copy[];
}

export interface MergeNote {
  readonly attemptId: string;
  /** Learner and scenario, to recognise the attempt. */
  readonly label: string;
  readonly files: readonly string[];
  readonly kept: string;
  readonly identical: boolean;
  readonly message: string;
}

/** Higher is better: intact, then finished, then more decisions, then ended later. */
function better(a: Copy, b: Copy): boolean {
  if (a.verification.ok !== b.verification.ok) return a.verification.ok;
  const done = (c: Copy): number => (c.log.attempt.status === 'completed' ? 1 : 0);
  if (done(a) !== done(b)) return done(a) > done(b);
  if (a.log.decisions.length !== b.log.decisions.length) return a.log.decisions.length > b.log.decisions.length;
  return (a.log.attempt.endedAt ?? '') > (b.log.attempt.endedAt ?? '');
}

/** Adds loaded logs to the attempts; returns the ids that now have more than one copy. */
export function mergeLogs(attempts: Map<string, Attempt>, loaded: readonly LoadedLog[]): Set<string> {
  const touched = new Set<string>();
  for (const l of loaded) {
    const id = l.log.attempt.id;
    const copy: Copy = { file: l.file, log: l.log, verification: l.verification };
    const existing = attempts.get(id);
    if (!existing) {
      attempts.set(id, { id, kept: copy, copies: [copy] });
      continue;
    }
    touched.add(id);
    attempts.set(id, { id, kept: better(copy, existing.kept) ? copy : existing.kept, copies: [...existing.copies, copy] });
  }
  return touched;
}

export function attemptLabel(log: DecisionLog): string {
  return `${log.learner.id ?? 'no learner id'}, ${log.scenario.title}, started ${log.attempt.startedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the dashboard tells the cohort lead about an attempt loaded more than once. */
export function mergeNote(a: Attempt): MergeNote | null {
  if (a.copies.length < 2) return null;
  const files = a.copies.map((c) => c.file);
  const identical = a.copies.every((c) => c.log.integrity.seal === a.kept.log.integrity.seal && c.verification.ok === a.kept.verification.ok);
  const base = { attemptId: a.id, label: attemptLabel(a.kept.log), files, kept: a.kept.file, identical };
  if (identical) {
    return { ...base, message: `This attempt was loaded ${a.copies.length} times (${list(files)}). The copies are identical, so it is counted once.` };
  }
  const others = a.copies.filter((c) => c !== a.kept);
  const why = a.kept.verification.ok && others.some((c) => !c.verification.ok)
    ? 'its integrity checks pass'
    : a.kept.log.attempt.status === 'completed' && others.some((c) => c.log.attempt.status !== 'completed')
      ? 'it is the finished one'
      : 'it is the most complete';
  const broken = others
    .filter((c) => !c.verification.ok)
    .map((c) => ` The copy in ${c.file} fails its integrity check: ${c.verification.ok ? '' : c.verification.message}`);
  return {
    ...base,
    message: `${a.copies.length} different copies of this attempt were loaded (${list(files)}). It is counted once, using the copy from ${a.kept.file} because ${why}.${broken.join('')}`,
  };
}
