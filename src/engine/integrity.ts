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

/** The hash of one decision: everything in the entry except `hash` itself and the later `rewound` flag. */
export function entryHash(entry: Omit<DecisionEntry, 'hash' | 'rewound'> & Partial<Pick<DecisionEntry, 'hash' | 'rewound'>>): string {
  const { hash: _hash, rewound: _rewound, ...hashed } = entry;
  return sha256Hex(canonicalize(hashed));
}

/** The seal over the whole document, with only `integrity.seal` left out. */
export function sealHash(log: DecisionLog | Omit<DecisionLog, 'integrity'> & { integrity: Omit<DecisionLog['integrity'], 'seal'> & { seal?: string } }): string {
  const { seal: _seal, ...integrity } = log.integrity;
  return sha256Hex(canonicalize({ ...log, integrity }));
}

export type Verification =
  | { ok: true; head: string }
  | { ok: false; problem: 'genesis' | 'chain' | 'head' | 'seal'; at: number | null; message: string };

/** Walks the chain and the seal; says exactly where an edit was found. */
export function verifyLog(log: DecisionLog): Verification {
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
    if (entry.prevHash !== prev || entryHash(entry) !== entry.hash) {
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
