/** Deterministic file names for everything the simulator exports. Pure: no DOM. */
import type { DecisionLog } from '../schemas/decision-log.ts';

function attemptDate(log: DecisionLog): string {
  return (log.attempt.endedAt ?? log.attempt.startedAt).slice(0, 10);
}

/** `swsim-<scenario>-<YYYY-MM-DD>-<first 8 of attempt id>.json`, as the debrief's download names it. */
export function logFilename(log: DecisionLog): string {
  return `swsim-${log.scenario.id}-${attemptDate(log)}-${log.attempt.id.slice(0, 8)}.json`;
}

/** The CSV of one attempt: `swsim-<scenario>-<date>-<attempt8>.csv`. */
export function attemptCsvFilename(log: DecisionLog): string {
  return logFilename(log).replace(/\.json$/, '.csv');
}

/** The xAPI statements of one attempt: `swsim-<scenario>-<date>-<attempt8>.xapi.json`. */
export function xapiFilename(log: DecisionLog): string {
  return logFilename(log).replace(/\.json$/, '.xapi.json');
}

/** `swsim-logs-<YYYY-MM-DD>.zip` for "all my logs"; the date is the caller's (UTC) today. */
export function logsZipFilename(now: Date): string {
  return `swsim-logs-${now.toISOString().slice(0, 10)}.zip`;
}

/** `swsim-cohort-decisions-<YYYY-MM-DD>.csv` for the dashboard's export of every decision. */
export function cohortCsvFilename(now: Date): string {
  return `swsim-cohort-decisions-${now.toISOString().slice(0, 10)}.csv`;
}
