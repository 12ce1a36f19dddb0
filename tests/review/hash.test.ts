import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { sha256Hex } from '../../src/engine/integrity.ts';
import { createSink, digestAll, type HasherKind } from '../../src/review/hash.ts';
import { createWasmSha256 } from '../../src/review/sha256-wasm.ts';

const KINDS: HasherKind[] = ['mixed', 'wasm', 'native', 'javascript'];

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
    expect(createSink().kind).toBe('mixed');
  });

  it('pieces (text and cached bytes) hash like the joined text', async () => {
    for (const kind of KINDS) {
      const sink = createSink(kind);
      sink.begin(true);
      sink.text('{"a":');
      sink.piece('"é"', new TextEncoder().encode('"é"'));
      sink.text('}');
      sink.end();
      sink.begin();
      sink.text('short');
      sink.end();
      expect(await sink.results()).toEqual([sha256Hex('{"a":"é"}'), sha256Hex('short')]);
    }
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
