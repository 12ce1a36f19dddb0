/**
 * SHA-256 for the dashboard's bulk verification, as a "digest sink": the canonical JSON of each
 * log is written into it field by field (JSON string literals are encoded straight into the
 * hash's input buffer, see utf8.ts) and never built as one big string.
 *
 * Interchangeable back ends, all giving the same digests as the engine's `sha256Hex`:
 * - `wasm` (the default wherever WebAssembly compiles: the Web Worker, Node): a generated
 *   WebAssembly SHA-256 (src/review/sha256-wasm.ts), synchronous, hashing as the text is
 *   written, with no per-digest cost. Through `crypto.subtle` each of a log's dozen digests pays
 *   a fixed cost (a promise and a trip to another thread, 20-60 µs here), which is more than
 *   hashing a short text; sending only each log's long seal there (tried) was slower too.
 * - `native`: `crypto.subtle.digest` over a shared byte arena (secure contexts only), with the
 *   JavaScript hash for very short texts. Used where WebAssembly cannot be compiled.
 * - `javascript`: @noble/hashes, which works everywhere.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { createWasmSha256 } from './sha256-wasm.ts';
import { INLINE_MAX, writeJsonString, writeUtf8 } from './utf8.ts';

export type HasherKind = 'wasm' | 'native' | 'javascript';

export interface DigestSink {
  readonly kind: HasherKind;
  /** Starts the next text. */
  begin(): void;
  text(s: string): void;
  /** Adds `JSON.stringify(s)`: the same bytes as `text(JSON.stringify(s))`, usually without making that string. */
  string(s: string): void;
  /** Ends the text; returns its index in `results()`. */
  end(): number;
  /** Digests (lower-case hex) of every text since the last call, in order; then starts afresh. */
  results(): Promise<string[]>;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]!;
  return out;
}

const encoder = new TextEncoder();

/** Collects texts as bytes in one growing buffer; hashes each span at the end. */
function arenaSink(kind: 'native' | 'javascript', subtle: SubtleCrypto | null, minNative = 1024): DigestSink {
  let arena = new Uint8Array(1 << 20);
  let fill = 0;
  let start = 0;
  let spans: number[] = [];
  const room = (n: number): void => {
    if (fill + n <= arena.length) return;
    let size = arena.length * 2;
    while (size < fill + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(arena.subarray(0, fill));
    arena = bigger;
  };
  const sink: DigestSink = {
    kind,
    begin() {
      start = fill;
    },
    text(s) {
      room(s.length * 3);
      // Short texts inline: a call to the platform's encoder costs more than encoding them here.
      const end = s.length <= INLINE_MAX ? writeUtf8(arena, fill, s) : -1;
      fill = end >= 0 ? end : fill + encoder.encodeInto(s, arena.subarray(fill)).written;
    },
    string(s) {
      room(s.length * 3 + 2);
      const end = writeJsonString(arena, fill, s);
      if (end >= 0) fill = end;
      else sink.text(JSON.stringify(s));
    },
    end() {
      spans.push(start, fill);
      return spans.length / 2 - 1;
    },
    async results() {
      const out = new Array<string>(spans.length / 2);
      const pending: Promise<void>[] = [];
      for (let i = 0; i < spans.length; i += 2) {
        const view = arena.subarray(spans[i]!, spans[i + 1]!);
        if (subtle && view.length >= minNative) {
          // digest() copies the bytes before it returns, so the arena can be reused at once.
          pending.push(subtle.digest('SHA-256', view).then((d) => void (out[i / 2] = toHex(new Uint8Array(d)))));
        } else {
          out[i / 2] = toHex(sha256(view));
        }
      }
      fill = 0;
      start = 0;
      spans = [];
      await Promise.all(pending);
      return out;
    },
  };
  return sink;
}

function wasmSink(): DigestSink | null {
  const h = createWasmSha256();
  if (!h) return null;
  let out: string[] = [];
  return {
    kind: 'wasm',
    begin: () => h.begin(),
    text: (s) => h.text(s),
    string: (s) => h.string(s),
    end() {
      out.push(h.end());
      return out.length - 1;
    },
    async results() {
      const done = out;
      out = [];
      return done;
    },
  };
}

/** The fastest sink this context offers, or the one asked for when it is available. */
export function createSink(prefer?: HasherKind): DigestSink {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle ?? null;
  const hasSubtle = subtle !== null && typeof subtle.digest === 'function';
  if (prefer === 'javascript') return arenaSink('javascript', null);
  if (prefer === 'native' && hasSubtle) return arenaSink('native', subtle);
  return wasmSink() ?? (hasSubtle ? arenaSink('native', subtle) : arenaSink('javascript', null));
}

/** Convenience: digests of whole texts. */
export async function digestAll(texts: readonly string[], sink: DigestSink = createSink()): Promise<string[]> {
  for (const t of texts) {
    sink.begin();
    sink.text(t);
    sink.end();
  }
  return sink.results();
}
