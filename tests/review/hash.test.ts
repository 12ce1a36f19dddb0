import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { sha256Hex } from '../../src/engine/integrity.ts';
import { createSink, digestAll, type HasherKind } from '../../src/review/hash.ts';
import { createWasmSha256 } from '../../src/review/sha256-wasm.ts';
import { writeJsonString, writeUtf8 } from '../../src/review/utf8.ts';

const KINDS: HasherKind[] = ['wasm', 'native', 'javascript'];

describe('hashers', () => {
  it('every back end gives the engine’s SHA-256 for short, long and non-ASCII text', async () => {
    const texts = ['', 'abc', 'é😀\u2028\ud800', 'x'.repeat(1023), 'y'.repeat(1024), `{"a":"${'z'.repeat(300_000)}"}`];
    const expected = texts.map(sha256Hex);
    expect(expected[1]).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const kind of KINDS) {
      const sink = createSink(kind);
      expect(sink.kind).toBe(kind);
      expect(await digestAll(texts, sink), kind).toEqual(expected);
      // A sink is reusable after results().
      expect(await digestAll(['abc'], sink)).toEqual([expected[1]]);
    }
    expect(createSink().kind).toBe('wasm');
  });

  it('pieces (text and JSON strings) hash like the joined text, escapes and all', async () => {
    const strings = ['', 'plain', 'é “curly” — 😀', 'quote " and \\ backslash', 'new\nline\ttab\u0001', 'lone \ud800 surrogate', 'low \udc00 first', '\u2028\u2029', 'z'.repeat(70_000)];
    for (const kind of KINDS) {
      const sink = createSink(kind);
      sink.begin();
      sink.text('{"a":');
      for (const [i, s] of strings.entries()) {
        if (i > 0) sink.text(',');
        sink.string(s);
      }
      sink.text('}');
      sink.end();
      sink.begin();
      sink.text('short é');
      sink.end();
      sink.begin();
      sink.text('lone \ud800 in text');
      sink.end();
      expect(await sink.results(), kind).toEqual([
        sha256Hex(`{"a":${strings.map((s) => JSON.stringify(s)).join(',')}}`),
        sha256Hex('short é'),
        sha256Hex('lone \ud800 in text'),
      ]);
    }
  });

  it('writes UTF-8 and JSON strings byte for byte like TextEncoder and JSON.stringify', () => {
    const enc = new TextEncoder();
    const out = new Uint8Array(4096);
    const samples = ['', 'abc', 'é', '€', '😀', 'a😀b', '\u07ff\u0800\uffff', '\ud7ff\ue000', '"', '\\', '\n', '\u001f', '\u007f', '\ud800', '\udfff', '\ud800x', 'x\udbff'];
    for (const s of samples) {
      const end = writeUtf8(out, 3, s);
      const hasLone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
      if (hasLone) expect(end, JSON.stringify(s)).toBe(-1);
      else expect([...out.subarray(3, end)], JSON.stringify(s)).toEqual([...enc.encode(s)]);
      const endJson = writeJsonString(out, 5, s);
      if (endJson >= 0) expect([...out.subarray(5, endJson)], JSON.stringify(s)).toEqual([...enc.encode(JSON.stringify(s))]);
      else expect(hasLone || JSON.stringify(s) !== `"${s}"`, JSON.stringify(s)).toBe(true);
    }
    // Everything plain is written inline, not left to the fallback.
    expect(writeJsonString(out, 0, 'Danielle’s “view” — 😀')).toBeGreaterThan(0);
  });

  it('the WebAssembly SHA-256 matches node:crypto at every length around the block and padding edges', () => {
    const h = createWasmSha256()!;
    const lengths = [...Array.from({ length: 200 }, (_, i) => i), 1000, 4095, 4096, 65_536, 196_480, 196_481, 600_000];
    for (const len of lengths) {
      const bytes = randomBytes(len);
      h.begin();
      // Fed in uneven parts, as the verifier does.
      for (let at = 0; at < len; ) {
        const n = Math.min(len - at, 1 + ((at * 7 + len) % 5000));
        h.bytes(bytes.subarray(at, at + n));
        at += n;
      }
      expect(h.end(), `length ${len}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
