/**
 * Decision logs as CSV: one row per decision, for a spreadsheet. Pure (no DOM).
 *
 * Cells that a spreadsheet would run as a formula are escaped with a leading apostrophe (OWASP
 * "CSV injection"). PapaParse's built-in `escapeFormulae: true` pattern is `/^[=+\-@\t\r].*$/`,
 * which misses a cell such as "=HYPERLINK(...)\nmore" because `.` stops at the line break; so we
 * give it a stricter pattern that looks only at the first character (and the full-width forms
 * some spreadsheets also accept).
 */
import Papa from 'papaparse';
import type { DecisionEntry, DecisionLog } from '../schemas/decision-log.ts';

export const FORMULA_TRIGGERS = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export const CSV_COLUMNS = [
  'learner_id',
  'cohort',
  'scenario_id',
  'scenario_title',
  'scenario_version',
  'attempt_id',
  'attempt_status',
  'attempt_started_at',
  'ending_id',
  'ending_title',
  'step',
  'seq',
  'decision_id',
  'prompt',
  'key_moment',
  'option_id',
  'option_text',
  'option_feedback',
  'option_standards',
  'option_score',
  'best_score_on_offer',
  'options_offered',
  'time_to_decide_s',
  'decided_at',
  'rationale',
  'rewound',
] as const;

export type CsvCell = string | number;

/** A sum of weights per option: how defensible the author judged it (as in the debrief). */
function score(standards: DecisionEntry['standards']): number {
  return standards.reduce((sum, s) => sum + s.weight, 0);
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** The cells of one decision, in CSV_COLUMNS order. */
export function decisionCells(log: DecisionLog, d: DecisionEntry, step: number): CsvCell[] {
  const chosen = d.offered.find((o) => o.id === d.chosen);
  return [
    log.learner.id ?? '',
    log.learner.cohort ?? '',
    log.scenario.id,
    log.scenario.title,
    log.scenario.version,
    log.attempt.id,
    log.attempt.status,
    log.attempt.startedAt,
    log.ending?.id ?? '',
    log.ending?.title ?? '',
    step,
    d.seq,
    d.decisionId,
    d.prompt,
    yesNo(d.key),
    d.chosen,
    chosen?.text ?? '',
    chosen?.feedback ?? '',
    d.standards.map((s) => `${s.code} ${s.weight > 0 ? '+' : ''}${s.weight}`).join('; '),
    score(d.standards),
    Math.max(...d.offered.map((o) => score(o.standards))),
    d.offered.map((o) => o.id).join('; '),
    Math.round(d.timeToDecideMs / 100) / 10,
    d.at,
    d.rationale ?? '',
    yesNo(d.rewound),
  ];
}

/**
 * Rows and header as CSV text (UTF-8 with a byte-order mark so spreadsheets read curly quotes and
 * accents correctly; CRLF line ends).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((r) => [...r]) },
    { escapeFormulae: FORMULA_TRIGGERS, newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

/** Every decision of one attempt, in the order they were made. */
export function attemptCsv(log: DecisionLog): string {
  return toCsv(CSV_COLUMNS, log.decisions.map((d, i) => decisionCells(log, d, i + 1)));
}

/**
 * Every decision of many attempts (the dashboard's export). `extra` adds columns after the
 * standard ones, e.g. the integrity status the dashboard found.
 */
export function decisionsCsv(
  logs: readonly DecisionLog[],
  extra?: { readonly columns: readonly string[]; readonly cells: (log: DecisionLog) => readonly CsvCell[] },
): string {
  const rows: CsvCell[][] = [];
  for (const log of logs) {
    const tail = extra ? extra.cells(log) : [];
    log.decisions.forEach((d, i) => rows.push([...decisionCells(log, d, i + 1), ...tail]));
  }
  return toCsv([...CSV_COLUMNS, ...(extra?.columns ?? [])], rows);
}
