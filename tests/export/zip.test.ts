/** "Download all my logs": one zip, deterministic names, each entry the exact log. */
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { logsZip, zipEntryNames } from '../../src/export/zip.ts';
import { logFilename, logsZipFilename } from '../../src/export/names.ts';
import { parseDecisionLog, type DecisionLog } from '../../src/schemas/decision-log.ts';
import { verifyLog } from '../../src/engine/integrity.ts';
import { playedLogs } from '../fixtures/logs/make.ts';

let logs: DecisionLog[];
beforeAll(() => {
  logs = playedLogs(5, 5);
}, 120_000);

describe('logsZip', () => {
  it('holds every log once, named as the single download names it, in start order', () => {
    const zip = logsZip([...logs, logs[0]!]);
    const files = unzipSync(zip);
    const sorted = [...logs].sort((a, b) => a.attempt.startedAt.localeCompare(b.attempt.startedAt));
    expect(Object.keys(files)).toEqual(sorted.map(logFilename));
    for (const log of sorted) {
      const parsed = parseDecisionLog(strFromU8(files[logFilename(log)]!));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.log).toEqual(log);
        expect(verifyLog(parsed.log).ok).toBe(true);
      }
    }
  });

  it('is deterministic: the same logs give the same bytes, whatever their order', () => {
    expect(logsZip(logs)).toEqual(logsZip([...logs].reverse()));
  });

  it('uses the full attempt id when two short names would clash', () => {
    const twin = structuredClone(logs[0]!);
    twin.attempt.id = `${logs[0]!.attempt.id.slice(0, 8)}-ffff-4fff-8fff-ffffffffffff`;
    const names = zipEntryNames([logs[0]!, twin]);
    expect(new Set(names).size).toBe(2);
    expect(names.every((n) => n.includes(logs[0]!.attempt.id) || n.includes(twin.attempt.id))).toBe(true);
    expect(logsZipFilename(new Date('2026-03-04T10:00:00Z'))).toBe('swsim-logs-2026-03-04.zip');
  });
});
