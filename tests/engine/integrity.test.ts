import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { canonicalize, sha256Hex, verifyLog } from '../../src/engine/index.ts';
import { parseDecisionLog, type DecisionLog } from '../../src/schemas/decision-log.ts';
import { compileInk, drive } from '../helpers/ink.ts';

const compiled = compileInk(readFileSync('tests/fixtures/ink/good/two-doors.ink', 'utf8'), 'two-doors');

function finishedLog(): DecisionLog {
  const d = drive('fresh', compiled);
  d.choose('red', 'Sam looked unsure.');
  d.choose('option-1');
  d.choose('summarise');
  d.session.setReflection('What did you notice?', 'My own hurry.');
  return d.session.buildLog();
}

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys, drops whitespace and keeps ECMAScript number and string forms', () => {
    expect(canonicalize({ b: 1, a: [true, null, 'x\u2028'], c: { z: 1e21, y: 0.5 } })).toBe('{"a":[true,null,"x\u2028"],"b":1,"c":{"y":0.5,"z":1e+21}}');
    expect(() => canonicalize({ n: Number.NaN })).toThrow();
  });
  it('hashes with SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('decision log integrity', () => {
  it('verifies an untouched log', () => {
    expect(verifyLog(finishedLog()).ok).toBe(true);
  });

  const tamper: [string, (log: DecisionLog) => void, string][] = [
    ['an edited choice', (l) => void (l.decisions[0]!.chosen = 'blue'), 'chain'],
    ['an edited time to decide', (l) => void (l.decisions[1]!.timeToDecideMs += 1), 'chain'],
    ['a removed decision', (l) => void l.decisions.splice(0, 1), 'chain'],
    ['reordered decisions', (l) => void l.decisions.reverse(), 'chain'],
    ['a dropped last decision', (l) => void l.decisions.pop(), 'head'],
    ['a changed learner id', (l) => void (l.learner.id = 'someone-else'), 'genesis'],
    ['an edited reflection', (l) => void (l.reflections[0]!.answer = 'Edited later'), 'seal'],
    ['a changed ending', (l) => void (l.ending = { id: 'left', title: 'Left abruptly' }), 'seal'],
    ['a flipped rewound flag', (l) => void (l.decisions[0]!.rewound = true), 'seal'],
  ];
  it.each(tamper)('detects %s', (_name, edit, problem) => {
    const log = structuredClone(finishedLog());
    edit(log);
    const result = verifyLog(log);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
});

describe('parseDecisionLog', () => {
  it('accepts a real log, as text or as a value', () => {
    const log = finishedLog();
    expect(parseDecisionLog(JSON.stringify(log))).toEqual({ ok: true, log });
    expect(parseDecisionLog('\uFEFF' + JSON.stringify(log)).ok).toBe(true);
  });
  it.each([
    ['not JSON', '{"type": "swsim.decision-log", "sche', 'not-json'],
    ['another JSON file', '{"hello": 1}', 'not-a-log'],
    ['a future version', JSON.stringify({ type: 'swsim.decision-log', schemaVersion: 7 }), 'future-version'],
    ['a missing field', JSON.stringify({ ...finishedLog(), integrity: undefined }), 'invalid'],
    ['a wrong type', JSON.stringify({ ...finishedLog(), decisions: 'none' }), 'invalid'],
  ])('rejects %s with a readable reason', (_name, text, code) => {
    const result = parseDecisionLog(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message.length).toBeGreaterThan(20);
    }
  });
});
