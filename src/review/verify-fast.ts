/**
 * The dashboard's fast path for checking a decision log's hash chain and seal, with the same
 * verdict as `verifyLog` (src/engine/integrity.ts), which stays the reference.
 *
 * Why it is faster: the canonical JSON (RFC 8785) is written by a serialiser that knows the
 * log's shape (the log has already passed the strict schema, so its keys are known and are
 * written here in sorted order) straight into a digest sink, without building the text as one
 * string. A decision's hash covers its `offered` options through their digest, and the options
 * (most of a log, the same from log to log) are serialised and hashed once per distinct list
 * (see OfferedInterner); the seal covers each decision as its hash and rewound flag.
 *
 * Why it is safe: the fast path only ever says "intact" when every recomputed digest equals the
 * one stored in the file. Whenever anything differs, `verifyLog` itself is run and its answer
 * (which link broke, and the message) is what the dashboard shows. If this serialiser ever drifted
 * from `canonicalize`, intact logs would merely take the slow path; a changed log can never pass.
 */
import { canonicalize, sha256Hex, verifyLog, type Verification } from '../engine/integrity.ts';
import type { DecisionEntry, DecisionLog, OfferedOption } from '../schemas/decision-log.ts';
import type { DigestSink } from './hash.ts';

const S = JSON.stringify;

function num(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError('canonical JSON cannot hold NaN or Infinity');
  return S(n);
}

function canonicalStandards(list: DecisionEntry['standards']): string {
  let out = '[';
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (i > 0) out += ',';
    out += `{"code":${S(s.code)},"weight":${num(s.weight)}}`;
  }
  return `${out}]`;
}

/** Canonical text of an `offered` list. */
export function canonicalOffered(offered: readonly OfferedOption[]): string {
  let out = '[';
  for (let i = 0; i < offered.length; i++) {
    const o = offered[i]!;
    if (i > 0) out += ',';
    out += `{"feedback":${S(o.feedback)},"id":${S(o.id)},"standards":${canonicalStandards(o.standards)},"text":${S(o.text)}}`;
  }
  return `${out}]`;
}

/** An `offered` list's canonical text and its digest (what a decision's hash includes). */
export interface OfferedForms {
  readonly text: string;
  readonly digest: string;
}

export function offeredForms(list: readonly OfferedOption[]): OfferedForms {
  const text = canonicalOffered(list);
  return { text, digest: sha256Hex(text) };
}

export interface LogDigests {
  readonly genesis: number;
  readonly entries: readonly number[];
  readonly seal: number;
}

/**
 * Writes the three kinds of text to hash for one log into the sink: genesis, each decision
 * (without `hash` and `rewound`), and the whole log without its seal. Returns their indices.
 */
export function writeLog(log: DecisionLog, sink: DigestSink, offered: (list: readonly OfferedOption[]) => OfferedForms): LogDigests {
  sink.begin();
  sink.text(
    canonicalize({
      genesis: {
        attemptId: log.attempt.id,
        startedAt: log.attempt.startedAt,
        scenarioId: log.scenario.id,
        scenarioVersion: log.scenario.version,
        storyHash: log.scenario.storyHash,
        learnerId: log.learner.id,
        cohort: log.learner.cohort,
      },
    }),
  );
  const genesis = sink.end();

  // Each decision, keys in RFC 8785 order, without hash and rewound, offered as its digest.
  const n = log.decisions.length;
  const entries: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = log.decisions[i]!;
    sink.begin();
    sink.text(
      `{"at":${S(d.at)},"chosen":${S(d.chosen)},"decisionId":${S(d.decisionId)},"key":${S(d.key)},"offered":${S(offered(d.offered).digest)}` +
        `,"prevHash":${S(d.prevHash)},"prompt":${S(d.prompt)},"rationale":${S(d.rationale)},"seq":${num(d.seq)}` +
        `,"standards":${canonicalStandards(d.standards)},"timeToDecideMs":${num(d.timeToDecideMs)}}`,
    );
    entries[i] = sink.end();
  }

  const it = log.integrity;
  sink.begin();
  sink.text(
    `{"app":{"name":${S(log.app.name)},"version":${S(log.app.version)}}` +
      `,"attempt":{"endedAt":${S(log.attempt.endedAt)},"id":${S(log.attempt.id)},"startedAt":${S(log.attempt.startedAt)},"status":${S(log.attempt.status)}}` +
      `,"choices":[${log.choices.map((x) => `{"at":${S(x.at)},"rewound":${S(x.rewound)},"seq":${num(x.seq)},"text":${S(x.text)}}`).join(',')}]` +
      `,"decisions":[${log.decisions.map((d) => `{"hash":${S(d.hash)},"rewound":${S(d.rewound)}}`).join(',')}]` +
      `,"ending":${log.ending === null ? 'null' : `{"id":${S(log.ending.id)},"title":${S(log.ending.title)}}`}` +
      `,"integrity":{"algorithm":${S(it.algorithm)},"canonicalization":${S(it.canonicalization)},"count":${num(it.count)},"genesis":${S(it.genesis)},"head":${S(it.head)}}` +
      `,"learner":{"cohort":${S(log.learner.cohort)},"id":${S(log.learner.id)}}` +
      `,"pauses":[${log.pauses.map((p) => `{"at":${S(p.at)},"outcome":${S(p.outcome)},"resumedAt":${S(p.resumedAt)}}`).join(',')}]` +
      `,"reflections":[${log.reflections.map((r) => `{"answer":${S(r.answer)},"prompt":${S(r.prompt)}}`).join(',')}]` +
      `,"rewinds":[${log.rewinds.map((r) => `{"at":${S(r.at)},"undoneSeq":${num(r.undoneSeq)}}`).join(',')}]` +
      `,"scenario":{"id":${S(log.scenario.id)},"storyHash":${S(log.scenario.storyHash)},"title":${S(log.scenario.title)},"version":${num(log.scenario.version)}}` +
      `,"schemaVersion":${num(log.schemaVersion)},"type":${S(log.type)}}`,
  );
  const seal = sink.end();
  return { genesis, entries, seal };
}

/** Counters for tests and the bench: which path each log took, and where the time went. */
export interface VerifyStats {
  fastPath: number;
  reference: number;
  /** Writing the canonical texts (and, for a synchronous hasher, hashing them as they go). */
  writeMs?: number;
  /** Waiting for digests that were left to the end (native hasher). */
  digestMs?: number;
}

/**
 * Checks many logs at once. Returns one verdict per log, identical to `verifyLog`'s.
 * `offered` gives the canonical forms of an `offered` list (pass a caching one in bulk).
 */
export async function verifyLogs(
  logs: readonly DecisionLog[],
  sink: DigestSink,
  offered: (list: readonly OfferedOption[]) => OfferedForms = offeredForms,
  stats?: VerifyStats,
): Promise<Verification[]> {
  const t0 = performance.now();
  const written: (LogDigests | null)[] = logs.map((log) => {
    try {
      return writeLog(log, sink, offered);
    } catch {
      return null;
    }
  });
  const t1 = performance.now();
  const digests = await sink.results();
  const t2 = performance.now();
  if (stats) {
    stats.writeMs = (stats.writeMs ?? 0) + (t1 - t0);
    stats.digestMs = (stats.digestMs ?? 0) + (t2 - t1);
  }
  return logs.map((log, i) => {
    const w = written[i];
    if (w && intact(log, digests, w)) {
      if (stats) stats.fastPath++;
      return { ok: true, head: log.integrity.head };
    }
    if (stats) stats.reference++;
    return verifyLog(log, (list) => offered(list).digest);
  });
}

function intact(log: DecisionLog, digests: readonly string[], w: LogDigests): boolean {
  if (digests[w.genesis] !== log.integrity.genesis) return false;
  let prev = log.integrity.genesis;
  for (let i = 0; i < log.decisions.length; i++) {
    const d = log.decisions[i]!;
    if (d.prevHash !== prev || digests[w.entries[i]!] !== d.hash) return false;
    prev = d.hash;
  }
  if (prev !== log.integrity.head || log.integrity.count !== log.decisions.length) return false;
  return digests[w.seal] === log.integrity.seal;
}
