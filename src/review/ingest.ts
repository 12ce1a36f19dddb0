/**
 * Loading decision logs for the dashboard: files or zips in, checked logs and readable problems
 * out. Pure (no DOM): the Web Worker, the in-page fallback, the unit tests and `npm run bench` all
 * run exactly this code.
 *
 * Each file is size-checked before it is read, unzipped if it is a zip, decoded, parsed and
 * validated (src/review/validate.ts), and its hash chain and seal verified (verify-fast.ts). A
 * file that fails never stops the others.
 */
import { unzipSync } from 'fflate';
import type { Verification } from '../engine/integrity.ts';
import type { DecisionLog } from '../schemas/decision-log.ts';
import type { DigestSink } from './hash.ts';
import { decodeText, OfferedInterner, readLog } from './validate.ts';
import { verifyLogs, type VerifyStats } from './verify-fast.ts';

/** Something to read: a File in the browser, bytes in tests and the bench. */
export interface Source {
  readonly name: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

export const LIMITS = {
  /** A single log is tens of kilobytes; 5 MB leaves a lot of room. */
  jsonBytes: 5 * 1024 * 1024,
  /** A zip of thousands of logs is still well under this. */
  zipBytes: 250 * 1024 * 1024,
  /** Per file inside a zip, before it is inflated (stops zip bombs). */
  zipEntryBytes: 5 * 1024 * 1024,
  /** All files inside one zip together, inflated. */
  zipTotalBytes: 1024 * 1024 * 1024,
} as const;

export type ProblemCode =
  | 'not-json'
  | 'not-a-log'
  | 'future-version'
  | 'invalid'
  | 'too-large'
  | 'empty'
  | 'not-utf8'
  | 'skipped'
  | 'bad-zip'
  | 'unreadable';

export interface FileProblem {
  /** The file's name; inside a zip, `archive.zip › folder/file.json`. */
  readonly file: string;
  readonly code: ProblemCode;
  readonly message: string;
}

export interface LoadedLog {
  readonly file: string;
  readonly log: DecisionLog;
  readonly verification: Verification;
}

export interface IngestResult {
  readonly logs: LoadedLog[];
  readonly problems: FileProblem[];
  /** Files given (zips count once). */
  readonly files: number;
  /** Log texts found (inside zips too). */
  readonly entries: number;
}

export interface Progress {
  readonly phase: 'reading' | 'checking';
  readonly done: number;
  readonly total: number;
}

export interface IngestOptions {
  readonly sink: DigestSink;
  readonly interner?: OfferedInterner;
  readonly onProgress?: (p: Progress) => void;
  /** Logs verified per batch (digests are sent to the hasher together). */
  readonly batch?: number;
  /** Filled in with where the time went (ms), for the bench. */
  readonly timings?: IngestTimings;
}

export interface IngestTimings {
  read: number;
  parse: number;
  verify: VerifyStats;
}

const ZIP_SEP = ' › ';

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

const isZipName = (name: string): boolean => /\.zip$/i.test(name);
const looksLikeZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** Folders, macOS resource forks and hidden files inside zips are not worth a line of their own. */
function isJunk(path: string): boolean {
  return path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\.[^/]*$/.test(path) || /(^|\/)(Thumbs\.db|desktop\.ini)$/i.test(path);
}

interface Entry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Opens a zip. Returns its .json entries and a problem for anything else inside. */
export function unzipEntries(zipName: string, bytes: Uint8Array): { entries: Entry[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (isJunk(f.name)) return false;
        const label = `${zipName}${ZIP_SEP}${f.name}`;
        if (!/\.json$/i.test(f.name)) {
          problems.push({
            file: label,
            code: 'skipped',
            message: isZipName(f.name) ? 'Skipped: a zip inside a zip is not opened. Unzip it and load the files inside.' : 'Skipped: not a decision log (only .json files are read from a zip).',
          });
          return false;
        }
        if (f.originalSize > LIMITS.zipEntryBytes) {
          problems.push({ file: label, code: 'too-large', message: `Skipped: this file is ${mb(f.originalSize)} unpacked, far larger than any decision log (the limit is ${mb(LIMITS.zipEntryBytes)}).` });
          return false;
        }
        total += f.originalSize;
        if (total > LIMITS.zipTotalBytes) {
          problems.push({ file: label, code: 'too-large', message: `Skipped: the zip unpacks to more than ${mb(LIMITS.zipTotalBytes)}; load it in smaller parts.` });
          return false;
        }
        return true;
      },
    });
  } catch (cause) {
    const detail = cause instanceof Error ? ` (${cause.message})` : '';
    return { entries: [], problems: [{ file: zipName, code: 'bad-zip', message: `This zip could not be opened: it may be damaged or incomplete${detail}.` }] };
  }
  const entries = Object.keys(files)
    .sort()
    .map((path) => ({ name: `${zipName}${ZIP_SEP}${path}`, bytes: files[path]! }));
  return { entries, problems };
}

/**
 * Files read ahead of the one being unpacked: reading one at a time waits on the disk (or the
 * browser's file service) for each. Bounded by count and by bytes, so big zips are not all held.
 */
const READ_AHEAD = { files: 32, bytes: 64 * 1024 * 1024 };

/** Size check, read, unzip. No parsing yet. */
async function expand(sources: readonly Source[], onProgress?: (p: Progress) => void): Promise<{ entries: Entry[]; problems: FileProblem[] }> {
  const entries: Entry[] = [];
  const problems: FileProblem[] = [];
  // Start reading up to READ_AHEAD files ahead of the one being unpacked, keeping file order.
  const reads: (Promise<Uint8Array | null> | null)[] = sources.map(() => null);
  const sizeProblem = (source: Source): FileProblem | null => {
    const zipByName = isZipName(source.name);
    const limit = zipByName ? LIMITS.zipBytes : LIMITS.jsonBytes;
    if (source.size > limit) {
      return {
        file: source.name,
        code: 'too-large',
        message: `Not read: this file is ${mb(source.size)}, far larger than any decision log (the limit is ${mb(limit)} per ${zipByName ? 'zip' : 'file'}). Is it the right file?`,
      };
    }
    if (source.size === 0) return { file: source.name, code: 'empty', message: 'This file is empty (0 bytes): the download may not have finished.' };
    return null;
  };
  const problemsBySize = sources.map(sizeProblem);
  let next = 0; // the next file to start reading
  let ahead = 0; // bytes started but not yet unpacked
  const readAhead = (current: number): void => {
    while (next < sources.length && next - current < READ_AHEAD.files && (ahead === 0 || ahead + sources[next]!.size <= READ_AHEAD.bytes)) {
      if (problemsBySize[next] === null) {
        reads[next] = sources[next]!.bytes().catch(() => null);
        ahead += sources[next]!.size;
      }
      next++;
    }
  };
  for (const [i, source] of sources.entries()) {
    onProgress?.({ phase: 'reading', done: i, total: sources.length });
    readAhead(i);
    const tooBig = problemsBySize[i];
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
    const bytes = await reads[i]!;
    reads[i] = null;
    ahead -= source.size;
    if (bytes === null) {
      problems.push({ file: source.name, code: 'unreadable', message: 'This file could not be read (it may have been moved or deleted).' });
      continue;
    }
    if (looksLikeZip(bytes)) {
      const opened = unzipEntries(source.name, bytes);
      entries.push(...opened.entries);
      problems.push(...opened.problems);
      if (opened.entries.length === 0 && opened.problems.length === 0) {
        problems.push({ file: source.name, code: 'empty', message: 'This zip has no files in it.' });
      }
    } else if (isZipName(source.name)) {
      problems.push({ file: source.name, code: 'bad-zip', message: 'This file is named .zip but is not a zip archive.' });
    } else {
      entries.push({ name: source.name, bytes });
    }
  }
  onProgress?.({ phase: 'reading', done: sources.length, total: sources.length });
  return { entries, problems };
}

/** Reads, checks and verifies every file. Never throws for a bad file. */
export async function ingest(sources: readonly Source[], options: IngestOptions): Promise<IngestResult> {
  const interner = options.interner ?? new OfferedInterner();
  const batch = options.batch ?? 200;
  const timings = options.timings;
  let t = performance.now();
  const { entries, problems } = await expand(sources, options.onProgress);
  if (timings) timings.read += performance.now() - t;
  const logs: LoadedLog[] = [];
  const forms = interner.forms.bind(interner);
  // Digests of one batch (on another thread, where the platform does that) overlap with reading
  // the next batch; the verdicts are collected at the end, in file order.
  const pending: Promise<void>[] = [];
  for (let start = 0; start < entries.length; start += batch) {
    options.onProgress?.({ phase: 'checking', done: start, total: entries.length });
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0)); // let the page paint, messages go
    const parsed: { file: string; log: DecisionLog }[] = [];
    t = performance.now();
    for (const entry of entries.slice(start, start + batch)) {
      const text = decodeText(entry.bytes);
      if (text === null) {
        problems.push({ file: entry.name, code: 'not-utf8', message: 'This file is not UTF-8 text, so it cannot be a decision log.' });
        continue;
      }
      const result = readLog(text, interner);
      if (result.ok) parsed.push({ file: entry.name, log: result.log });
      else problems.push({ file: entry.name, code: result.code, message: result.message });
    }
    if (timings) timings.parse += performance.now() - t;
    const slot = logs.length;
    logs.length += parsed.length;
    pending.push(
      verifyLogs(
        parsed.map((p) => p.log),
        options.sink,
        forms,
        timings?.verify,
      ).then((verdicts) => {
        parsed.forEach((p, i) => (logs[slot + i] = { file: p.file, log: p.log, verification: verdicts[i]! }));
      }),
    );
  }
  await Promise.all(pending);
  options.onProgress?.({ phase: 'checking', done: entries.length, total: entries.length });
  return { logs, problems, files: sources.length, entries: entries.length };
}

/** A Source over bytes already in memory (tests, bench). */
export function memorySource(name: string, content: string | Uint8Array): Source {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, bytes: async () => bytes };
}
