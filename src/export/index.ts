/** Trainee-side exports of decision logs: CSV, a zip of all logs, xAPI statements. Pure functions (no DOM). */
export { attemptCsv, decisionsCsv, CSV_COLUMNS, FORMULA_TRIGGERS } from './csv.ts';
export { logsZip, zipEntryNames } from './zip.ts';
export { attemptStatements, attemptStatementsJson, isoDuration, uuidV5, xapiIris, DEFAULT_HOME_PAGE, VERBS } from './xapi.ts';
export type { XapiOptions, XapiStatement, XapiActivity } from './xapi.ts';
export { logFilename, attemptCsvFilename, xapiFilename, logsZipFilename, cohortCsvFilename } from './names.ts';
