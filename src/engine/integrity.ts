/**
 * Tamper evidence for decision logs: RFC 8785 (JCS) canonical JSON and a SHA-256 hash chain.
 *
 * Synchronous on purpose (@noble/hashes rather than crypto.subtle): works outside secure contexts,
 * in Node tests and in a Web Worker alike. It detects edits; it cannot stop a learner who rebuilds
 * the whole chain, which is why the debrief shows the chain head as a fingerprint to hand in.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DecisionEntry, DecisionLog } from '../schemas/decision-log.ts';

/** RFC 8785 canonical JSON: sorted keys, no whitespace, ECMAScript number and string forms. */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot hold NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareUtf16(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export interface GenesisInput {
  attemptId: string;
  startedAt: string;
  scenarioId: string;
  scenarioVersion: number;
  storyHash: string;
  learnerId: string | null;
  cohort: string | null;
}

export function genesisHash(g: GenesisInput): string {
  return sha256Hex(canonicalize({ genesis: g }));
}

/**
 * The digest of a decision's `offered` options. A decision's hash covers its options through this
 * digest rather than their full text: the options are most of a log and the same in every attempt
 * at a scenario, so a reader checking many logs hashes each distinct list once.
 */
export function offeredDigest(offered: DecisionEntry['offered']): string {
  return sha256Hex(canonicalize(offered));
}

type Hashable = Omit<DecisionEntry, 'hash' | 'rewound'> & Partial<Pick<DecisionEntry, 'hash' | 'rewound'>>;

/**
 * The hash of one decision: every field except `hash` itself and the later `rewound` flag, with
 * `offered` replaced by its digest. Includes `prevHash`, which chains it to the one before.
 */
export function entryHash(entry: Hashable, digestOf: (offered: DecisionEntry['offered']) => string = offeredDigest): string {
  const { hash: _hash, rewound: _rewound, offered, ...rest } = entry;
  return sha256Hex(canonicalize({ ...rest, offered: digestOf(offered) }));
}

type Sealable = Omit<DecisionLog, 'integrity'> & { integrity: Omit<DecisionLog['integrity'], 'seal'> & { seal?: string } };

/**
 * The seal: the whole log without `integrity.seal`, where each decision appears as its `hash` and
 * `rewound` flag (the chain already covers the rest of each decision). Catches edits to the ending,
 * reflections, pauses, rewinds, plain choices, times and rewound flags.
 */
export function sealHash(log: DecisionLog | Sealable): string {
  const { seal: _seal, ...integrity } = log.integrity;
  const decisions = log.decisions.map((d) => ({ hash: d.hash, rewound: d.rewound }));
  return sha256Hex(canonicalize({ ...log, decisions, integrity }));
}

export type Verification =
  | { ok: true; head: string }
  | { ok: false; problem: 'genesis' | 'chain' | 'head' | 'seal'; at: number | null; message: string };

/**
 * Walks the chain and the seal; says exactly where an edit was found. `digestOf` lets a reader of
 * many logs reuse the digest of option lists it has already seen (it must hash their content).
 */
export function verifyLog(log: DecisionLog, digestOf: (offered: DecisionEntry['offered']) => string = offeredDigest): Verification {
  const genesis = genesisHash({
    attemptId: log.attempt.id,
    startedAt: log.attempt.startedAt,
    scenarioId: log.scenario.id,
    scenarioVersion: log.scenario.version,
    storyHash: log.scenario.storyHash,
    learnerId: log.learner.id,
    cohort: log.learner.cohort,
  });
  if (genesis !== log.integrity.genesis) {
    return { ok: false, problem: 'genesis', at: null, message: 'The learner, scenario or attempt details were changed after the log was written.' };
  }
  let prev = genesis;
  for (const [i, entry] of log.decisions.entries()) {
    if (entry.prevHash !== prev || entryHash(entry, digestOf) !== entry.hash) {
      return {
        ok: false,
        problem: 'chain',
        at: i,
        message: `Decision ${i + 1} (${entry.decisionId}) was changed, removed or reordered after it was made.`,
      };
    }
    prev = entry.hash;
  }
  if (prev !== log.integrity.head || log.integrity.count !== log.decisions.length) {
    return { ok: false, problem: 'head', at: null, message: 'Decisions were added to or removed from the end of the log.' };
  }
  if (sealHash(log) !== log.integrity.seal) {
    return {
      ok: false,
      problem: 'seal',
      at: null,
      message: 'Something outside the decisions (ending, reflections, pauses, rewinds or times) was changed after export.',
    };
  }
  return { ok: true, head: prev };
}
