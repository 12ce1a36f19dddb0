/**
 * SHA-256 (FIPS 180-4) as a small WebAssembly module generated here, byte by byte, with a
 * streaming writer: the dashboard writes each log's canonical JSON straight into the hash
 * without building the text as a string first, and without a promise per digest.
 *
 * Why: checking a log's hash chain and seal means about a dozen SHA-256 digests per log over
 * about 1.3 times its size. With `crypto.subtle` the fixed cost of each call dominates (tens of
 * microseconds in Node and in workers); pure JavaScript is several times slower per byte. This
 * is the dashboard's own speed-up only: it cannot change a verdict, because a log counts as
 * intact only when these digests equal the ones stored in the file; anything else is re-checked
 * by the engine's `verifyLog` (tested against node:crypto over many lengths in
 * tests/review/hash.test.ts).
 *
 * Where WebAssembly cannot be compiled (a page whose Content-Security-Policy forbids it, or a
 * browser main thread that refuses synchronous compiles), `createWasmSha256` returns null and the
 * dashboard uses `crypto.subtle` instead.
 */

import { INLINE_MAX, writeJsonString, writeUtf8 } from './utf8.ts';

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

// ---------- a tiny WebAssembly encoder ----------
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}
function sleb(n: number): number[] {
  const out: number[] = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  const: (v: number) => [0x41, ...sleb(v)],
  load: (offset: number) => [0x28, 0x02, ...uleb(offset)],
  store: (offset: number) => [0x36, 0x02, ...uleb(offset)],
  add: [0x6a],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  xor: [0x73],
  shrU: [0x76],
  rotl: [0x77],
  rotr: [0x78],
  eqz: [0x45],
};

/** The module: `compress(state, block, count)` runs `count` 64-byte blocks into the 8-word state. */
function moduleBytes(): Uint8Array {
  const ST = 0;
  const BLK = 1;
  const N = 2;
  const TMP = 3;
  const W = 4; // 16 locals: the message schedule ring
  const V = 20; // 8 locals: a..h
  const T1 = 28;
  const code: number[] = [];
  const emit = (...parts: number[][]): void => {
    for (const p of parts) code.push(...p);
  };
  const rot3 = (local: number, r1: number, r2: number, r3: number, shift = false): void => {
    emit(op.get(local), op.const(r1), op.rotr, op.get(local), op.const(r2), op.rotr, op.xor, op.get(local), op.const(r3), shift ? op.shrU : op.rotr, op.xor);
  };

  emit([0x02, 0x40], op.get(N), op.eqz, [0x0d, 0x00], [0x03, 0x40]);
  for (let i = 0; i < 8; i++) emit(op.get(ST), op.load(4 * i), op.set(V + i));
  let v = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => V + i);
  for (let t = 0; t < 64; t++) {
    const w = W + (t % 16);
    if (t < 16) {
      // Big-endian word from the block.
      emit(op.get(BLK), op.load(4 * t), op.set(TMP));
      emit(op.get(TMP), op.const(0x00ff00ff), op.and, op.const(8), op.rotr, op.get(TMP), op.const(0xff00ff00 | 0), op.and, op.const(8), op.rotl, op.or, op.set(w));
    } else {
      rot3(W + ((t - 2) % 16), 17, 19, 10, true);
      emit(op.get(W + ((t - 7) % 16)), op.add);
      rot3(W + ((t - 15) % 16), 7, 18, 3, true);
      emit(op.add, op.get(w), op.add, op.set(w));
    }
    const [a, b, c, d, e, f, g, h] = v as [number, number, number, number, number, number, number, number];
    // T1 = h + Σ1(e) + Ch(e,f,g) + K[t] + W[t]
    emit(op.get(h));
    rot3(e, 6, 11, 25);
    emit(op.add, op.get(g), op.get(e), op.get(f), op.get(g), op.xor, op.and, op.xor, op.add, op.const(K[t]!), op.add, op.get(w), op.add, op.set(T1));
    // d += T1; h = T1 + Σ0(a) + Maj(a,b,c)
    emit(op.get(d), op.get(T1), op.add, op.set(d));
    emit(op.get(T1));
    rot3(a, 2, 13, 22);
    emit(op.add, op.get(a), op.get(b), op.and, op.get(c), op.get(a), op.get(b), op.or, op.and, op.or, op.add, op.set(h));
    v = [h, a, b, c, d, e, f, g];
  }
  for (let i = 0; i < 8; i++) emit(op.get(ST), op.get(ST), op.load(4 * i), op.get(v[i]!), op.add, op.store(4 * i));
  emit(op.get(BLK), op.const(64), op.add, op.set(BLK));
  emit(op.get(N), op.const(1), op.sub, op.tee(N), [0x0d, 0x00], [0x0b], [0x0b]);

  const body = [...vec([[...uleb(26), 0x7f]]), ...code, 0x0b];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x00]])),
    ...section(3, vec([[0x00]])),
    ...section(5, vec([[0x00, 0x03]])),
    ...section(7, vec([[...name('compress'), 0x00, 0x00], [...name('memory'), 0x02, 0x00]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

/** Where things live in the module's memory (3 pages). */
const STATE = 0;
const CHUNK = 64;
const CHUNK_SIZE = 3 * 65536 - 64 - 64; // a multiple of 64, leaving room for padding

export interface StreamHasher {
  /** Starts a new digest. */
  begin(): void;
  /** Adds the UTF-8 bytes of a string. */
  text(s: string): void;
  /** Adds the UTF-8 bytes of `JSON.stringify(s)`, without building that string when it can. */
  string(s: string): void;
  /** Adds bytes. */
  bytes(b: Uint8Array): void;
  /** Finishes and returns the digest as lower-case hex. */
  end(): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();

let compiled: WebAssembly.Module | null | undefined;

export function createWasmSha256(): StreamHasher | null {
  let compress: (state: number, block: number, count: number) => void;
  let mem: Uint8Array;
  let words: Uint32Array;
  try {
    // Compiled once per thread; each hasher gets its own instance (and memory).
    if (compiled === undefined) {
      try {
        compiled = new WebAssembly.Module(moduleBytes() as BufferSource);
      } catch {
        compiled = null;
      }
    }
    if (!compiled) return null;
    const instance = new WebAssembly.Instance(compiled, {});
    const exports = instance.exports as { compress: typeof compress; memory: WebAssembly.Memory };
    compress = exports.compress;
    mem = new Uint8Array(exports.memory.buffer);
    words = new Uint32Array(exports.memory.buffer, STATE, 8);
  } catch {
    return null;
  }
  let fill = 0; // bytes waiting in the chunk
  let total = 0; // bytes hashed so far in this digest

  const flushWhole = (): void => {
    const blocks = Math.floor(fill / 64);
    if (blocks === 0) return;
    compress(STATE, CHUNK, blocks);
    const rest = fill - blocks * 64;
    if (rest > 0) mem.copyWithin(CHUNK, CHUNK + blocks * 64, CHUNK + fill);
    fill = rest;
  };

  const hasher: StreamHasher = {
    begin() {
      words.set(H0);
      fill = 0;
      total = 0;
    },
    text(s) {
      const n = s.length;
      if (n === 0) return;
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (n * 3 > CHUNK_SIZE) {
        hasher.bytes(encoder.encode(s));
        return;
      }
      if (fill + n * 3 > CHUNK_SIZE) flushWhole();
      const end = n <= INLINE_MAX ? writeUtf8(mem, CHUNK + fill, s) : -1;
      const written = end >= 0 ? end - CHUNK - fill : encoder.encodeInto(s, mem.subarray(CHUNK + fill, CHUNK + CHUNK_SIZE)).written;
      fill += written;
      total += written;
    },
    string(s) {
      const n = s.length;
      if (n * 3 + 2 > CHUNK_SIZE) {
        hasher.text(JSON.stringify(s));
        return;
      }
      if (fill + n * 3 + 2 > CHUNK_SIZE) flushWhole();
      const end = writeJsonString(mem, CHUNK + fill, s);
      if (end < 0) {
        hasher.text(JSON.stringify(s));
        return;
      }
      const written = end - CHUNK - fill;
      fill += written;
      total += written;
    },
    bytes(b) {
      let offset = 0;
      while (offset < b.length) {
        if (fill === CHUNK_SIZE) flushWhole();
        const n = Math.min(b.length - offset, CHUNK_SIZE - fill);
        mem.set(b.subarray(offset, offset + n), CHUNK + fill);
        fill += n;
        total += n;
        offset += n;
      }
    },
    end() {
      flushWhole();
      // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number.
      mem[CHUNK + fill] = 0x80;
      let padded = fill + 1;
      const blocks = padded + 8 <= 64 ? 1 : 2;
      mem.fill(0, CHUNK + padded, CHUNK + blocks * 64 - 8);
      padded = blocks * 64;
      const bits = total * 8;
      const hi = Math.floor(bits / 0x100000000);
      const lo = bits >>> 0;
      const at = CHUNK + padded - 8;
      mem[at] = hi >>> 24;
      mem[at + 1] = (hi >>> 16) & 0xff;
      mem[at + 2] = (hi >>> 8) & 0xff;
      mem[at + 3] = hi & 0xff;
      mem[at + 4] = lo >>> 24;
      mem[at + 5] = (lo >>> 16) & 0xff;
      mem[at + 6] = (lo >>> 8) & 0xff;
      mem[at + 7] = lo & 0xff;
      compress(STATE, CHUNK, blocks);
      fill = 0;
      let hex = '';
      for (let i = 0; i < 8; i++) {
        const w = words[i]!;
        hex += HEX[w >>> 24]! + HEX[(w >>> 16) & 0xff]! + HEX[(w >>> 8) & 0xff]! + HEX[w & 0xff]!;
      }
      return hex;
    },
  };
  return hasher;
}
