/**
 * The dashboard's data: every attempt loaded so far, the files that failed, and the views built
 * from them. Pure (no DOM): the Web Worker wraps it, and the page uses it directly when workers
 * are not available. The bench times `load` + `view` on it.
 */
import { decisionsCsv } from '../export/csv.ts';
import { aggregate, attemptRow, byCode, filterOptions, matchesFilter, type AggregateContext } from './aggregate.ts';
import { mergeLogs, mergeNote, type Attempt, type MergeNote } from './attempts.ts';
import { createSink, type DigestSink } from './hash.ts';
import { ingest, type FileProblem, type IngestTimings, type Progress, type Source } from './ingest.ts';
import type { AttemptDetail, Filter, LoadSummary, ViewModel } from './types.ts';
import { OfferedInterner } from './validate.ts';

export type ReviewContext = AggregateContext;

export class ReviewStore {
  private readonly attempts = new Map<string, Attempt>();
  private problems: FileProblem[] = [];
  private readonly interner = new OfferedInterner();

  constructor(
    private context: ReviewContext,
    private readonly sink: DigestSink = createSink(),
  ) {}

  setContext(context: ReviewContext): void {
    this.context = context;
  }

  /** Which SHA-256 back end verifies the logs. */
  get hasher(): DigestSink['kind'] {
    return this.sink.kind;
  }

  get size(): number {
    return this.attempts.size;
  }

  /** Reads, checks and merges files. Problems are kept for the page to list. */
  async load(sources: readonly Source[], onProgress?: (p: Progress) => void, timings: IngestTimings = { read: 0, parse: 0, verify: { fastPath: 0, reference: 0 } }): Promise<LoadSummary> {
    const before = this.attempts.size;
    const started = performance.now();
    const result = await ingest(sources, { sink: this.sink, interner: this.interner, onProgress, timings });
    const duplicates = mergeLogs(this.attempts, result.logs);
    this.problems = [...this.problems, ...result.problems];
    return {
      files: result.files,
      entries: result.entries,
      logs: result.logs.length,
      added: this.attempts.size - before,
      duplicates: duplicates.size,
      problems: result.problems.length,
      flagged: result.logs.filter((l) => !l.verification.ok).length,
      timings: {
        read: timings.read,
        parse: timings.parse,
        verify: (timings.verify.writeMs ?? 0) + (timings.verify.digestMs ?? 0),
        total: performance.now() - started,
        hasher: this.sink.kind,
      },
    };
  }

  private filtered(filter: Filter): Attempt[] {
    const out: Attempt[] = [];
    for (const a of this.attempts.values()) if (matchesFilter(a, filter)) out.push(a);
    return out.sort((a, b) => byCode(a.kept.log.attempt.startedAt, b.kept.log.attempt.startedAt) || byCode(a.id, b.id));
  }

  view(filter: Filter = {}): ViewModel {
    const shown = this.filtered(filter);
    const notes: MergeNote[] = [];
    const edited: Attempt[] = [];
    for (const a of this.attempts.values()) {
      const note = mergeNote(a);
      if (note) notes.push(note);
      if (!a.kept.verification.ok) edited.push(a);
    }
    return {
      ...aggregate(shown, this.context),
      total: this.attempts.size,
      rows: shown.map(attemptRow),
      edited: edited.map(attemptRow),
      options: filterOptions(this.attempts.values()),
      problems: this.problems,
      notes,
    };
  }

  attempt(id: string): AttemptDetail | null {
    const a = this.attempts.get(id);
    return a ? { row: attemptRow(a), log: a.kept.log, files: a.copies.map((c) => c.file) } : null;
  }

  /** Every decision of the attempts the filter keeps, as CSV, with the integrity status and source file. */
  csv(filter: Filter = {}): string {
    const shown = this.filtered(filter);
    const byLog = new Map(shown.map((a) => [a.kept.log, a] as const));
    return decisionsCsv(
      shown.map((a) => a.kept.log),
      {
        columns: ['integrity', 'source_file'],
        cells: (log) => {
          const a = byLog.get(log)!;
          return [a.kept.verification.ok ? 'intact' : `edited: ${a.kept.verification.message}`, a.kept.file];
        },
      },
    );
  }

  clear(): void {
    this.attempts.clear();
    this.problems = [];
  }
}
