/**
 * Reading decision logs in bulk with the same verdicts as `parseDecisionLog`
 * (src/schemas/decision-log.ts), without repeating work that is the same from log to log.
 *
 * Every log is checked once against the log schema (by the in-place check in shape.ts, which
 * agrees with zod and saves zod's copy of every object, or else by zod itself), except for each
 * decision's `offered` options: those are most of a log's bytes and are identical in every log
 * of the same story build, so each distinct `offered` list (by its exact JSON) is checked once against the
 * schema's own `OfferedOptionSchema` and then shared between logs (which also saves memory). The
 * acceptance rule is unchanged: a log passes only if the whole of it would pass
 * `DecisionLogV1Schema`. Whenever something fails, `parseDecisionLog` runs and its message
 * (a sentence a cohort lead can act on) is returned.
 */
import { z } from 'zod';
import {
  DecisionEntrySchema,
  DecisionLogV1Schema,
  LOG_SCHEMA_VERSION,
  LOG_TYPE,
  OfferedOptionSchema,
  parseDecisionLog,
  type DecisionLog,
  type LogParseResult,
  type OfferedOption,
} from '../schemas/decision-log.ts';
import { isLogShape } from './shape.ts';
import { offeredForms, type OfferedForms } from './verify-fast.ts';

const OfferedListSchema = z.array(OfferedOptionSchema).min(1);
const EntryWithoutOptions = DecisionEntrySchema.extend({ offered: z.array(z.unknown()).min(1) });
const LogWithoutOptions = DecisionLogV1Schema.extend({ decisions: z.array(EntryWithoutOptions) });

/**
 * Distinct `offered` lists seen so far, each checked once by the schema and then shared. A list
 * is looked up by a cheap fingerprint (its option ids) and must then be deeply equal, key for
 * key, to the checked list, so nothing unchecked ever gets through.
 */
export class OfferedInterner {
  private readonly byPrint = new Map<string, OfferedOption[][]>();
  private readonly canon = new WeakMap<readonly OfferedOption[], OfferedForms>();
  private count = 0;

  /** The shared, checked copy of this list, or null when it does not match the schema. */
  intern(list: unknown): OfferedOption[] | null {
    const print = fingerprint(list);
    const bucket = print === null ? undefined : this.byPrint.get(print);
    if (bucket) {
      for (const known of bucket) if (sameOffered(list as unknown[], known)) return known;
    }
    const checked = OfferedListSchema.safeParse(list);
    if (!checked.success) return null;
    const key = print ?? fingerprint(checked.data)!;
    const list2 = this.byPrint.get(key) ?? [];
    list2.push(checked.data);
    this.byPrint.set(key, list2);
    this.count++;
    return checked.data;
  }

  /** Canonical (RFC 8785) text of a list and its UTF-8 bytes, made once per distinct list. */
  forms(list: readonly OfferedOption[]): OfferedForms {
    let forms = this.canon.get(list);
    if (forms === undefined) {
      forms = offeredForms(list);
      this.canon.set(list, forms);
    }
    return forms;
  }

  get size(): number {
    return this.count;
  }
}

function fingerprint(list: unknown): string | null {
  if (!Array.isArray(list)) return null;
  let print = '';
  for (const o of list) {
    const id = (o as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return null;
    print += `${id}\u0000`;
  }
  return print;
}

function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

/** Deep equality with a checked list, including "no extra keys" (the schema's objects are strict). */
function sameOffered(list: readonly unknown[], known: readonly OfferedOption[]): boolean {
  if (list.length !== known.length) return false;
  for (let i = 0; i < known.length; i++) {
    const o = list[i] as Record<string, unknown> | null;
    const k = known[i]!;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
    if (o.id !== k.id || o.text !== k.text || o.feedback !== k.feedback || keyCount(o) !== 4) return false;
    const st = o.standards;
    if (!Array.isArray(st) || st.length !== k.standards.length) return false;
    for (let j = 0; j < st.length; j++) {
      const a = st[j] as Record<string, unknown> | null;
      const b = k.standards[j]!;
      if (typeof a !== 'object' || a === null || Array.isArray(a)) return false;
      if (a.code !== b.code || a.weight !== b.weight || keyCount(a) !== 2) return false;
    }
  }
  return true;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text; null when the bytes are not UTF-8. A byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Reads one log from its text: same result as `parseDecisionLog(text)`, faster in bulk. */
export function readLog(text: string, interner: OfferedInterner): LogParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseDecisionLog(text);
  }
  const head = value as { type?: unknown; schemaVersion?: unknown } | null;
  if (typeof value !== 'object' || head === null || head.type !== LOG_TYPE || (typeof head.schemaVersion === 'number' && head.schemaVersion > LOG_SCHEMA_VERSION)) {
    return parseDecisionLog(value);
  }
  let log: DecisionLog;
  if (isLogShape(value)) {
    // Exactly what zod would have accepted and returned: keep the value, no copy.
    log = value as DecisionLog;
  } else {
    const result = LogWithoutOptions.safeParse(value);
    if (!result.success) return parseDecisionLog(value);
    log = result.data as unknown as DecisionLog;
  }
  for (const d of log.decisions) {
    const shared = interner.intern(d.offered);
    if (!shared) return parseDecisionLog(value);
    d.offered = shared;
  }
  return { ok: true, log };
}
