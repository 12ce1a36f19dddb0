/** xAPI 1.0.3 statements of an attempt, checked by Learning Locker's validator (an outside oracle). */
import { beforeAll, describe, expect, it } from 'vitest';
import validateStatement from '@learninglocker/xapi-validation';
import { attemptStatements, isoDuration, uuidV5, VERBS } from '../../src/export/xapi.ts';
import type { DecisionLog } from '../../src/schemas/decision-log.ts';
import { payloadLog, playedLogs } from '../fixtures/logs/make.ts';

// The package is CommonJS with `exports.default`.
const validate = ((validateStatement as unknown as { default?: unknown }).default ?? validateStatement) as (s: unknown) => { path: string[]; name: string }[];

let logs: DecisionLog[];
beforeAll(() => {
  logs = playedLogs(16, 11);
}, 120_000);

const problems = (s: unknown): string[] => validate(s).map((w) => `${w.path.join('.')}: ${w.name}`);

describe('attemptStatements', () => {
  it('every statement of every attempt passes the Learning Locker validator', () => {
    let count = 0;
    for (const log of [...logs, payloadLog(logs[0]!)]) {
      for (const s of attemptStatements(log, { includeFreeText: true })) {
        expect(problems(s), JSON.stringify(s).slice(0, 200)).toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('the validator is a real check: a broken statement fails it', () => {
    const [good] = attemptStatements(logs[0]!);
    expect(problems({ ...good, id: 'not-a-uuid' })).not.toEqual([]);
    expect(problems({ ...good, result: { ...good!.result, duration: '14 seconds' } })).not.toEqual([]);
    expect(problems({ ...good, actor: { objectType: 'Agent' } })).not.toEqual([]);
  });

  it('one answered statement per decision: choices offered, response chosen, duration, registration, standards', () => {
    const log = logs.find((l) => l.decisions.length > 0 && l.ending)!;
    const statements = attemptStatements(log);
    const answered = statements.filter((s) => s.verb.id === VERBS.answered);
    expect(answered).toHaveLength(log.decisions.length);
    log.decisions.forEach((d, i) => {
      const s = answered[i]!;
      expect(s.object.definition?.interactionType).toBe('choice');
      expect(s.object.definition?.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(s.object.definition?.choices?.map((c) => c.id)).toEqual(d.offered.map((o) => o.id));
      expect(s.object.definition?.choices?.map((c) => c.description['en-GB'])).toEqual(d.offered.map((o) => o.text));
      expect(s.result?.response).toBe(d.chosen);
      expect(s.result?.duration).toBe(isoDuration(d.timeToDecideMs));
      expect(s.timestamp).toBe(d.at);
      expect(s.context.registration).toBe(log.attempt.id);
      expect(Object.entries(s.context.extensions).find(([k]) => k.endsWith('/standards'))?.[1]).toEqual(d.standards);
      expect(s.result?.extensions).not.toHaveProperty(['https://swsim.invalid/xapi/extensions/rationale']);
    });
    const completed = statements.filter((s) => s.verb.id === VERBS.completed);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.result).toMatchObject({ completion: true, extensions: { 'https://swsim.invalid/xapi/extensions/ending': log.ending } });
    expect(statements.filter((s) => s.verb.id === VERBS.experienced)).toHaveLength(log.choices.length);
    expect(statements.every((s) => s.actor.account.name === (log.learner.id ?? `anonymous-${log.attempt.id}`))).toBe(true);
    expect(statements.every((s) => s.actor.account.homePage === 'https://swsim.invalid')).toBe(true);
  });

  it('no completed statement without an ending; free text only on request; home page configurable', () => {
    const unfinished = { ...logs[0]!, ending: null };
    expect(attemptStatements(unfinished).some((s) => s.verb.id === VERBS.completed)).toBe(false);
    const withText = logs.find((l) => l.decisions.some((d) => d.rationale))!;
    const s = attemptStatements(withText, { includeFreeText: true, homePage: 'https://lms.example.ac.uk' });
    expect(s.some((x) => x.result?.extensions?.['https://lms.example.ac.uk/xapi/extensions/rationale'])).toBe(true);
    expect(s.every((x) => x.actor.account.homePage === 'https://lms.example.ac.uk')).toBe(true);
    const anon = attemptStatements({ ...logs[0]!, learner: { id: null, cohort: null } });
    expect(anon[0]!.actor.account.name).toBe(`anonymous-${logs[0]!.attempt.id}`);
  });

  it('statement ids are valid, unique and the same every time (name-based UUID v5)', () => {
    const ids = logs.flatMap((l) => attemptStatements(l).map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(logs.flatMap((l) => attemptStatements(l).map((s) => s.id))).toEqual(ids);
    // RFC 4122 appendix test vector: uuid5(DNS namespace, "www.example.com").
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('durations are ISO 8601 with at most hundredths of a second', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(14_523)).toBe('PT14.52S');
    expect(isoDuration(60_000)).toBe('PT1M');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(5)).toBe('PT0.01S');
  });
});
