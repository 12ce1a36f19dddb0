/**
 * Writing text straight into a byte buffer as UTF-8, for the dashboard's hashers: the canonical
 * JSON of each log is written field by field into the hash's input buffer, without building
 * strings first (building and then encoding them cost more than hashing them).
 *
 * `writeUtf8` gives the bytes `TextEncoder` would; `writeJsonString` gives the bytes of
 * `JSON.stringify(s)` (which is what RFC 8785 uses for strings). Both handle the common case
 * inline and return -1 for anything else (a lone surrogate, or a character JSON escapes), so the
 * caller can fall back to the platform's own encoder: never a different byte.
 */

/** Texts up to this length are encoded inline; longer ones go to TextEncoder, quicker over long runs. */
export const INLINE_MAX = 512;

/**
 * Writes `s` as UTF-8 at `at`; returns the end, or -1 when the string has a lone surrogate.
 * `out` must have room for `3 * s.length` bytes after `at`.
 */
export function writeUtf8(out: Uint8Array, at: number, s: string): number {
  return encode(out, at, s, false);
}

/**
 * Writes `JSON.stringify(s)` as UTF-8 at `at`; returns the end, or -1 when the string needs an
 * escape (a quote, a backslash, a control character or a lone surrogate).
 * `out` must have room for `3 * s.length + 2` bytes after `at`.
 */
export function writeJsonString(out: Uint8Array, at: number, s: string): number {
  out[at] = 0x22;
  const end = encode(out, at + 1, s, true);
  if (end < 0) return -1;
  out[end] = 0x22;
  return end + 1;
}

/** UTF-8 of `s` at `at`; -1 on a lone surrogate or, when `json`, on a character JSON escapes. */
function encode(out: Uint8Array, at: number, s: string, json: boolean): number {
  let p = at;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (json && (c < 0x20 || c === 0x22 || c === 0x5c)) return -1;
      out[p++] = c;
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    } else {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return -1;
      const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      out[p++] = 0xf0 | (cp >> 18);
      out[p++] = 0x80 | ((cp >> 12) & 0x3f);
      out[p++] = 0x80 | ((cp >> 6) & 0x3f);
      out[p++] = 0x80 | (cp & 0x3f);
      i++;
    }
  }
  return p;
}
