/**
 * Loading logs for the dashboard: every bad input gets a readable reason and the rest still load;
 * edited logs are flagged with verifyLog's own message; copies of an attempt are merged; the fast
 * paths (bulk validation, fast verify) give exactly the reference verdicts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { verifyLog } from '../../src/engine/integrity.ts';
import { parseDecisionLog, type DecisionLog } from '../../src/schemas/decision-log.ts';
import { logText } from '../../src/bench/generate.ts';
import { createSink, type DigestSink, type HasherKind } from '../../src/review/hash.ts';
import { ingest, LIMITS, memorySource, type Source } from '../../src/review/ingest.ts';
import { OfferedInterner, readLog } from '../../src/review/validate.ts';
import { offeredForms, verifyLogs, writeLog } from '../../src/review/verify-fast.ts';
import { canonicalize, offeredDigest } from '../../src/engine/integrity.ts';
import { ReviewStore } from '../../src/review/store.ts';
import { badInputs, editedLog, payloadLog, playedLogs, reseal } from '../fixtures/logs/make.ts';

let logs: DecisionLog[];
beforeAll(() => {
  logs = playedLogs(24, 99);
}, 120_000);

const context = { scenarios: [], frameworks: [] };

describe('ingest: bad input', () => {
  it('lists every bad file with a readable reason while the good ones load', async () => {
    const good = logs.slice(0, 6);
    const bad = badInputs(logs.slice(6, 10));
    const sources = [...good.map((l, i) => memorySource(`good-${i}.json`, logText(l))), ...bad.files.map((f) => memorySource(f.name, f.content))];
    const result = await ingest(sources, { sink: createSink() });
    // 6 good + the 2 intact logs inside the zip.
    expect(result.logs.map((l) => l.log.attempt.id).sort()).toEqual([...good, logs[8]!, logs[9]!].map((l) => l.attempt.id).sort());
    expect(result.logs.every((l) => l.verification.ok)).toBe(true);
    for (const expected of bad.problems) {
      const found = result.problems.find((p) => p.file === expected.file);
      expect(found, `no problem reported for ${expected.file}`).toBeDefined();
      expect(found!.message).toMatch(expected.reason);
    }
    expect(result.problems).toHaveLength(bad.problems.length);
    // Junk the archiver adds is not worth a line of its own.
    expect(result.problems.some((p) => p.file.includes('__MACOSX'))).toBe(false);
  });

  it('gives the same code and sentence as parseDecisionLog for each kind of bad log', async () => {
    const bad = badInputs(logs.slice(6, 10));
    const result = await ingest(bad.files.filter((f) => f.name.endsWith('.json') && f.content.length > 0).map((f) => memorySource(f.name, f.content)), { sink: createSink() });
    for (const p of result.problems) {
      const file = bad.files.find((f) => f.name === p.file)!;
      const reference = parseDecisionLog(file.content as string);
      expect(reference.ok).toBe(false);
      if (!reference.ok) expect(p).toEqual({ file: p.file, code: reference.code, message: reference.message });
    }
    expect(result.problems.map((p) => p.code).sort()).toEqual(['future-version', 'invalid', 'not-a-log', 'not-a-log', 'not-json', 'not-json']);
  });

  it('rejects a 50 MB file by its size without reading it', async () => {
    let read = false;
    const huge: Source = {
      name: 'huge.json',
      size: 50 * 1024 * 1024,
      bytes: async () => {
        read = true;
        throw new Error('must not be read');
      },
    };
    const result = await ingest([huge, memorySource('ok.json', logText(logs[0]!))], { sink: createSink() });
    expect(read).toBe(false);
    expect(result.logs).toHaveLength(1);
    expect(result.problems).toEqual([{ file: 'huge.json', code: 'too-large', message: expect.stringMatching(/is 50 MB, far larger than any decision log \(the limit is 5\.0 MB per file\)/) }]);
  });

  it('skips an oversized file inside a zip before inflating it, and explains a damaged zip', async () => {
    const big = new Uint8Array(LIMITS.zipEntryBytes + 10).fill(32);
    const zip = zipSync({ 'big.json': big, 'ok.json': strToU8(logText(logs[1]!)) });
    const damaged = zip.slice(0, 40);
    const result = await ingest([memorySource('a.zip', zip), memorySource('b.zip', damaged), memorySource('c.zip', strToU8('not a zip'))], { sink: createSink() });
    expect(result.logs.map((l) => l.file)).toEqual(['a.zip › ok.json']);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      ['a.zip › big.json', 'too-large'],
      ['b.zip', 'bad-zip'],
      ['c.zip', 'bad-zip'],
    ]);
    expect(result.problems[2]!.message).toMatch(/named \.zip but is not a zip/);
  });

  it('reads a zip whatever its name, and text that is not UTF-8 is refused kindly', async () => {
    const zip = zipSync({ 'x.json': strToU8(logText(logs[2]!)) });
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    const result = await ingest([memorySource('logs-download', zip), memorySource('odd.json', latin1)], { sink: createSink() });
    expect(result.logs).toHaveLength(1);
    expect(result.problems).toEqual([{ file: 'odd.json', code: 'not-utf8', message: expect.stringMatching(/not UTF-8/) }]);
  });
});

describe('ingest: reading', () => {
  it('reads files ahead of the one it unpacks, bounded by count and bytes, and keeps file order', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = (name: string, content: string | Uint8Array, size?: number, fail = false): Source => {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return {
        name,
        size: size ?? bytes.length,
        bytes: async () => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 2));
          inFlight--;
          if (fail) throw new Error('gone');
          return bytes;
        },
      };
    };
    const texts = logs.slice(0, 12).map(logText);
    const many = Array.from({ length: 80 }, (_, i) => slow(`log-${String(i).padStart(2, '0')}.json`, texts[i % texts.length]!));
    many.splice(5, 0, slow('moved.json', '{}', 2, true));
    const result = await ingest(many, { sink: createSink() });
    expect(most).toBeGreaterThan(4);
    expect(most).toBeLessThanOrEqual(32);
    expect(result.logs).toHaveLength(80);
    expect(result.logs.map((l) => l.file)).toEqual(many.filter((m) => m.name !== 'moved.json').map((m) => m.name));
    expect(result.problems).toEqual([{ file: 'moved.json', code: 'unreadable', message: expect.stringMatching(/could not be read/) }]);

    // Big files (by their size) are read one or two at a time, not 32 at once.
    most = 0;
    const zip = zipSync({ 'a.json': strToU8(texts[0]!) });
    const big = Array.from({ length: 6 }, (_, i) => slow(`part-${i}.zip`, zip, 40 * 1024 * 1024));
    const zipped = await ingest(big, { sink: createSink() });
    expect(zipped.entries).toBe(6);
    expect(most).toBeLessThanOrEqual(2);
  });
});

describe('ingest: integrity and duplicates', () => {
  it('flags an edited decision with verifyLog’s reason, and keeps it', async () => {
    const edited = editedLog(logs[3]!, 1);
    const result = await ingest([memorySource('edited.json', logText(edited))], { sink: createSink() });
    expect(result.problems).toEqual([]);
    expect(result.logs).toHaveLength(1);
    expect(result.logs[0]!.verification).toEqual(verifyLog(edited));
    expect(result.logs[0]!.verification).toMatchObject({ ok: false, problem: 'chain', at: 1 });
  });

  it('merges two copies of one attempt and says so; differing copies keep the intact one', async () => {
    const store = new ReviewStore(context);
    const a = logs[4]!;
    await store.load([memorySource('a.json', logText(a)), memorySource('a-copy.json', logText(a)), memorySource('b.json', logText(logs[5]!))]);
    let view = store.view();
    expect(view.total).toBe(2);
    expect(view.notes).toHaveLength(1);
    expect(view.notes[0]).toMatchObject({ attemptId: a.attempt.id, identical: true, files: ['a.json', 'a-copy.json'] });
    expect(view.notes[0]!.message).toMatch(/loaded 2 times .*identical, so it is counted once/);

    // A later load with an edited copy of the same attempt: still one attempt, the intact copy kept.
    await store.load([memorySource('a-edited.json', logText(editedLog(a, 0)))]);
    view = store.view();
    expect(view.total).toBe(2);
    expect(view.rows.find((r) => r.id === a.attempt.id)).toMatchObject({ file: 'a.json', copies: 3, integrity: { ok: true } });
    expect(view.notes[0]!.identical).toBe(false);
    expect(view.notes[0]!.message).toMatch(/using the copy from a\.json because its integrity checks pass\. The copy in a-edited\.json fails its integrity check: Decision 1/);
  });

  it('fast verification gives the same verdict as verifyLog for intact logs and every kind of edit', async () => {
    const variants: DecisionLog[] = [];
    for (const log of logs.slice(0, 12)) {
      variants.push(log);
      if (log.decisions.length === 0) continue;
      const genesis = structuredClone(log);
      genesis.learner.cohort = 'someone-else';
      const chain = editedLog(log, 0);
      const removed = structuredClone(log);
      removed.decisions.pop();
      const reordered = structuredClone(log);
      reordered.decisions.reverse();
      const seal = structuredClone(log);
      seal.reflections.push({ prompt: 'Added later', answer: 'Not by the trainee' });
      const rewound = structuredClone(log);
      rewound.decisions[0]!.rewound = !rewound.decisions[0]!.rewound;
      const headOnly = structuredClone(log);
      headOnly.integrity.count += 1;
      variants.push(genesis, chain, removed, reordered, seal, rewound, headOnly, reseal(chain));
    }
    for (const kind of ['wasm', 'native', 'javascript'] as HasherKind[]) {
      const sink = createSink(kind);
      expect(sink.kind).toBe(kind);
      const stats = { fastPath: 0, reference: 0 };
      const interner = new OfferedInterner();
      const fast = await verifyLogs(variants, sink, (l) => interner.forms(l), stats);
      expect(fast).toEqual(variants.map((v) => verifyLog(v)));
      // Intact logs never needed the slow path (so the fast serialiser matches canonicalize).
      const intact = variants.filter((v) => verifyLog(v).ok).length;
      expect(stats.fastPath).toBe(intact);
      expect(stats.reference).toBe(variants.length - intact);
    }
  });

  it('writes exactly the canonical JSON the engine hashes', () => {
    // A sink that keeps the texts, to compare them with canonicalize() byte for byte.
    const texts: string[] = [];
    let current = '';
    const sink: DigestSink = {
      kind: 'javascript',
      begin: () => void (current = ''),
      text: (t) => void (current += t),
      string: (t) => void (current += JSON.stringify(t)),
      end: () => texts.push(current) - 1,
      results: async () => [],
    };
    for (const log of [...logs.slice(0, 8), payloadLog(logs[8]!)]) {
      texts.length = 0;
      const w = writeLog(log, sink, offeredForms);
      const { seal: _seal, ...integrity } = log.integrity;
      const decisions = log.decisions.map((d) => ({ hash: d.hash, rewound: d.rewound }));
      expect(texts[w.seal]).toBe(canonicalize({ ...log, decisions, integrity }));
      log.decisions.forEach((d, i) => {
        const { hash: _h, rewound: _r, offered, ...rest } = d;
        expect(texts[w.entries[i]!]).toBe(canonicalize({ ...rest, offered: offeredDigest(offered) }));
      });
    }
  });

  it('fast verification handles payload text, unicode and escapes exactly like canonicalize', async () => {
    const odd = reseal({
      ...payloadLog(logs[6]!),
      reflections: [{ prompt: 'Ünïcödé “quotes” — and \u2028 line separators', answer: 'Tabs\tnewlines\n\\backslashes\\ "quotes" \u0001 😀 \ud800' }],
    });
    for (const kind of ['wasm', 'native', 'javascript'] as HasherKind[]) {
      const stats = { fastPath: 0, reference: 0 };
      const [verdict] = await verifyLogs([odd], createSink(kind), undefined, stats);
      expect(verdict).toEqual({ ok: true, head: odd.integrity.head });
      expect(stats).toMatchObject({ fastPath: 1, reference: 0 });
    }
  });
});

describe('bulk validation', () => {
  it('accepts and rejects exactly what parseDecisionLog does, with the same messages', () => {
    const interner = new OfferedInterner();
    const base = JSON.parse(logText(logs[7]!));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form mutations of parsed JSON
    const mutations: ((l: Record<string, any>) => void)[] = [
      () => {},
      (l) => (l.decisions[0].offered[0].extra = 1),
      (l) => (l.decisions[0].offered[0].standards[0] = { code: 'SWE-1', weight: 9 }),
      (l) => (l.decisions[0].offered[0].standards[0].note = 'x'),
      (l) => (l.decisions[0].offered[1].feedback = 3),
      (l) => delete l.decisions[0].offered[0].feedback,
      (l) => (l.decisions[0].offered = []),
      (l) => (l.decisions[0].offered = 'none'),
      (l) => (l.decisions[0].offered[0] = null),
      (l) => (l.decisions[0].offered[0].id = 7),
      (l) => (l.decisions[0].offered[0].text = null),
      (l) => (l.decisions[0].hash = 'abc'),
      (l) => (l.decisions[0].at = 'yesterday'),
      (l) => (l.learner.id = '   '),
      (l) => (l.extra = true),
      (l) => (l.schemaVersion = 3),
      (l) => (l.type = 'other'),
    ];
    for (const [i, mutate] of mutations.entries()) {
      // Check each mutation on a log whose options the interner has already seen, and on a fresh one.
      for (const fresh of [false, true]) {
        const value = structuredClone(base);
        mutate(value);
        const text = JSON.stringify(value);
        const ours = readLog(text, fresh ? new OfferedInterner() : interner);
        const reference = parseDecisionLog(text);
        expect(ours.ok, `mutation ${i}`).toBe(reference.ok);
        if (!ours.ok && !reference.ok) expect(ours).toEqual(reference);
        if (ours.ok && reference.ok) expect(ours.log).toEqual(reference.log);
      }
      readLog(logText(logs[7]!), interner); // keep the interner warm with the good options
    }
  });

  it('shares one copy of each distinct list of options between logs', () => {
    const interner = new OfferedInterner();
    const a = readLog(logText(logs[0]!), interner);
    const again = readLog(logText(logs[0]!), interner);
    expect(a.ok && again.ok).toBe(true);
    if (!a.ok || !again.ok) return;
    expect(again.log.decisions[0]!.offered).toBe(a.log.decisions[0]!.offered);
    const distinct = new Set(logs.flatMap((l) => l.decisions.map((d) => JSON.stringify(d.offered))));
    for (const l of logs) readLog(logText(l), interner);
    expect(interner.size).toBe(distinct.size);
  });
});
