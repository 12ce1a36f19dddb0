/** CSV exports: one row per decision, spreadsheet formulas escaped, and readable back by a CSV parser. */
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { attemptCsv, CSV_COLUMNS, decisionsCsv, FORMULA_TRIGGERS } from '../../src/export/csv.ts';
import type { DecisionLog } from '../../src/schemas/decision-log.ts';
import { payloadLog, playedLogs } from '../fixtures/logs/make.ts';

let logs: DecisionLog[];
beforeAll(() => {
  logs = playedLogs(6, 31);
}, 120_000);

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('attemptCsv', () => {
  it('has one row per decision with the option, feedback, standards, time and reason', () => {
    const log = logs.find((l) => l.decisions.length > 2)!;
    const rows = parse(attemptCsv(log));
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(log.decisions.length);
    log.decisions.forEach((d, i) => {
      const row = rows[i]!;
      const chosen = d.offered.find((o) => o.id === d.chosen)!;
      expect(row).toMatchObject({
        learner_id: log.learner.id ?? '',
        attempt_id: log.attempt.id,
        step: String(i + 1),
        decision_id: d.decisionId,
        option_id: d.chosen,
        option_text: chosen.text,
        option_feedback: chosen.feedback ?? '',
        time_to_decide_s: String(Math.round(d.timeToDecideMs / 100) / 10),
        rationale: d.rationale ?? '',
        rewound: d.rewound ? 'yes' : 'no',
      });
      expect(row.option_standards).toBe(d.standards.map((s) => `${s.code} ${s.weight > 0 ? '+' : ''}${s.weight}`).join('; '));
    });
  });
});

describe('formula escaping', () => {
  it('prefixes every cell a spreadsheet would run with an apostrophe, including after a line break', () => {
    const log = payloadLog(logs[0]!);
    const dangerous = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("https://evil.invalid","x")\nmore', '＝1+1'];
    const d = log.decisions[0]!;
    const rows = dangerous.map((text) => {
      const variant = structuredClone(log);
      variant.decisions = [{ ...d, rationale: text }];
      return parse(attemptCsv(variant))[0]!;
    });
    rows.forEach((row, i) => expect(row.rationale).toBe(`'${dangerous[i]}`));
    // PapaParse's own `escapeFormulae: true` misses the multi-line case; ours does not.
    const loose = Papa.unparse([['=HYPERLINK("x")\nmore']], { escapeFormulae: true });
    expect(loose.startsWith('"=')).toBe(true);
    expect(FORMULA_TRIGGERS.test('=HYPERLINK("x")\nmore')).toBe(true);
    // Numbers stay numbers (a negative weight sum is not a formula).
    expect(/,-?\d+,/.test(attemptCsv(logs[0]!))).toBe(true);
    // Ordinary text is untouched.
    expect(parse(attemptCsv(logs[0]!))[0]!.prompt).toBe(logs[0]!.decisions[0]!.prompt);
  });

  it('never lets a payload cell start with a trigger anywhere in the file', () => {
    const csv = attemptCsv(payloadLog(logs[1]!));
    const cells = Papa.parse<string[]>(csv.slice(1)).data.flat();
    const offenders = cells.filter((c) => typeof c === 'string' && /^[=+@\t\r]/.test(c));
    expect(offenders).toEqual([]);
  });
});

describe('decisionsCsv', () => {
  it('joins many logs and adds extra columns', () => {
    const csv = decisionsCsv(logs, { columns: ['integrity'], cells: () => ['intact'] });
    const rows = parse(csv);
    expect(rows).toHaveLength(logs.reduce((n, l) => n + l.decisions.length, 0));
    expect(rows.every((r) => r.integrity === 'intact')).toBe(true);
    expect(new Set(rows.map((r) => r.attempt_id))).toEqual(new Set(logs.filter((l) => l.decisions.length > 0).map((l) => l.attempt.id)));
  });
});
