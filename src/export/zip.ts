/**
 * "Download all my logs": every decision log as one `.zip`. Pure (no DOM) and deterministic: the
 * same logs always give the same file names in the same order, and each entry's date is the
 * attempt's own end (or start) time rather than the moment of export.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DecisionLog } from '../schemas/decision-log.ts';
import { logFilename } from './names.ts';

/** Entry names inside the zip, in order: the debrief's file name; the full attempt id if two would clash. */
export function zipEntryNames(logs: readonly DecisionLog[]): string[] {
  const sorted = sortLogs(logs);
  const short = sorted.map(logFilename);
  const counts = new Map<string, number>();
  for (const name of short) counts.set(name, (counts.get(name) ?? 0) + 1);
  return sorted.map((log, i) => {
    const name = short[i]!;
    return counts.get(name)! > 1 ? name.replace(log.attempt.id.slice(0, 8), log.attempt.id) : name;
  });
}

function sortLogs(logs: readonly DecisionLog[]): DecisionLog[] {
  // One file per attempt: a second copy of the same attempt is left out.
  const unique = new Map<string, DecisionLog>();
  for (const log of logs) if (!unique.has(log.attempt.id)) unique.set(log.attempt.id, log);
  return [...unique.values()].sort(
    (a, b) => (a.attempt.startedAt < b.attempt.startedAt ? -1 : a.attempt.startedAt > b.attempt.startedAt ? 1 : a.attempt.id < b.attempt.id ? -1 : a.attempt.id > b.attempt.id ? 1 : 0),
  );
}

/** The logs as a zip archive (bytes), each as the same pretty JSON the single download writes. */
export function logsZip(logs: readonly DecisionLog[]): Uint8Array {
  const sorted = sortLogs(logs);
  const names = zipEntryNames(sorted);
  const files: Zippable = {};
  sorted.forEach((log, i) => {
    const when = Date.parse(log.attempt.endedAt ?? log.attempt.startedAt);
    files[names[i]!] = [strToU8(`${JSON.stringify(log, null, 2)}\n`), { mtime: when, level: 6 }];
  });
  return zipSync(files);
}
