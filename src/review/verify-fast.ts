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
import { sha256Hex, verifyLog, type Verification } from '../engine/integrity.ts';
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

/** A JSON string or null. */
function strOrNull(sink: DigestSink, s: string | null): void {
  if (s === null) sink.text('null');
  else sink.string(s);
}

function writeStandards(sink: DigestSink, list: DecisionEntry['standards']): void {
  sink.text('[');
  for (let i = 0; i < list.length; i++) {
    const st = list[i]!;
    sink.text(i === 0 ? '{"code":' : ',{"code":');
    sink.string(st.code);
    sink.text(`,"weight":${num(st.weight)}}`);
  }
  sink.text(']');
}

/**
 * Writes the three kinds of text to hash for one log into the sink: genesis, each decision
 * (without `hash` and `rewound`), and the whole log without its seal. Returns their indices.
 * Keys are written in RFC 8785 order (sorted by UTF-16 code units) and every string through
 * `sink.string`, which writes exactly `JSON.stringify`'s bytes.
 */
export function writeLog(log: DecisionLog, sink: DigestSink, offered: (list: readonly OfferedOption[]) => OfferedForms): LogDigests {
  sink.begin();
  sink.text('{"genesis":{"attemptId":');
  sink.string(log.attempt.id);
  sink.text(',"cohort":');
  strOrNull(sink, log.learner.cohort);
  sink.text(',"learnerId":');
  strOrNull(sink, log.learner.id);
  sink.text(',"scenarioId":');
  sink.string(log.scenario.id);
  sink.text(`,"scenarioVersion":${num(log.scenario.version)},"startedAt":`);
  sink.string(log.attempt.startedAt);
  sink.text(',"storyHash":');
  sink.string(log.scenario.storyHash);
  sink.text('}}');
  const genesis = sink.end();

  // Each decision, without hash and rewound, offered as its digest.
  const n = log.decisions.length;
  const entries: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = log.decisions[i]!;
    sink.begin();
    sink.text('{"at":');
    sink.string(d.at);
    sink.text(',"chosen":');
    sink.string(d.chosen);
    sink.text(',"decisionId":');
    sink.string(d.decisionId);
    sink.text(d.key ? ',"key":true,"offered":' : ',"key":false,"offered":');
    sink.string(offered(d.offered).digest);
    sink.text(',"prevHash":');
    sink.string(d.prevHash);
    sink.text(',"prompt":');
    sink.string(d.prompt);
    sink.text(',"rationale":');
    strOrNull(sink, d.rationale);
    sink.text(`,"seq":${num(d.seq)},"standards":`);
    writeStandards(sink, d.standards);
    sink.text(`,"timeToDecideMs":${num(d.timeToDecideMs)}}`);
    entries[i] = sink.end();
  }

  // The seal: the whole log without it, each decision as its hash and rewound flag.
  const it = log.integrity;
  const a = log.attempt;
  sink.begin();
  sink.text('{"app":{"name":');
  sink.string(log.app.name);
  sink.text(',"version":');
  sink.string(log.app.version);
  sink.text('},"attempt":{"endedAt":');
  strOrNull(sink, a.endedAt);
  sink.text(',"id":');
  sink.string(a.id);
  sink.text(',"startedAt":');
  sink.string(a.startedAt);
  sink.text(',"status":');
  sink.string(a.status);
  sink.text('},"choices":[');
  for (let i = 0; i < log.choices.length; i++) {
    const c = log.choices[i]!;
    sink.text(i === 0 ? '{"at":' : ',{"at":');
    sink.string(c.at);
    sink.text(`,"rewound":${c.rewound},"seq":${num(c.seq)},"text":`);
    sink.string(c.text);
    sink.text('}');
  }
  sink.text('],"decisions":[');
  for (let i = 0; i < n; i++) {
    const d = log.decisions[i]!;
    sink.text(i === 0 ? '{"hash":' : ',{"hash":');
    sink.string(d.hash);
    sink.text(d.rewound ? ',"rewound":true}' : ',"rewound":false}');
  }
  sink.text('],"ending":');
  if (log.ending === null) sink.text('null');
  else {
    sink.text('{"id":');
    sink.string(log.ending.id);
    sink.text(',"title":');
    sink.string(log.ending.title);
    sink.text('}');
  }
  sink.text(',"integrity":{"algorithm":');
  sink.string(it.algorithm);
  sink.text(',"canonicalization":');
  sink.string(it.canonicalization);
  sink.text(`,"count":${num(it.count)},"genesis":`);
  sink.string(it.genesis);
  sink.text(',"head":');
  sink.string(it.head);
  sink.text('},"learner":{"cohort":');
  strOrNull(sink, log.learner.cohort);
  sink.text(',"id":');
  strOrNull(sink, log.learner.id);
  sink.text('},"pauses":[');
  for (let i = 0; i < log.pauses.length; i++) {
    const p = log.pauses[i]!;
    sink.text(i === 0 ? '{"at":' : ',{"at":');
    sink.string(p.at);
    sink.text(',"outcome":');
    sink.string(p.outcome);
    sink.text(',"resumedAt":');
    strOrNull(sink, p.resumedAt);
    sink.text('}');
  }
  sink.text('],"reflections":[');
  for (let i = 0; i < log.reflections.length; i++) {
    const r = log.reflections[i]!;
    sink.text(i === 0 ? '{"answer":' : ',{"answer":');
    sink.string(r.answer);
    sink.text(',"prompt":');
    sink.string(r.prompt);
    sink.text('}');
  }
  sink.text('],"rewinds":[');
  for (let i = 0; i < log.rewinds.length; i++) {
    const r = log.rewinds[i]!;
    sink.text(i === 0 ? '{"at":' : ',{"at":');
    sink.string(r.at);
    sink.text(`,"undoneSeq":${num(r.undoneSeq)}}`);
  }
  sink.text('],"scenario":{"id":');
  sink.string(log.scenario.id);
  sink.text(',"storyHash":');
  sink.string(log.scenario.storyHash);
  sink.text(',"title":');
  sink.string(log.scenario.title);
  sink.text(`,"version":${num(log.scenario.version)}},"schemaVersion":${num(log.schemaVersion)},"type":`);
  sink.string(log.type);
  sink.text('}');
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
