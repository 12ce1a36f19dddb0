import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDebrief, createSession, replaySession, restoreSession, RestoreError, verifyLog } from '../../src/engine/index.ts';
import { DecisionLogV1Schema } from '../../src/schemas/decision-log.ts';
import type { Framework } from '../../src/schemas/framework.ts';
import { compileInk, drive, fakeDeps, MODES } from '../helpers/ink.ts';

const frameworks: Framework[] = [
  JSON.parse(readFileSync('tests/fixtures/ink/frameworks/test.json', 'utf8')),
  JSON.parse(readFileSync('tests/fixtures/ink/frameworks/pcf.json', 'utf8')),
];
const twoDoors = compileInk(readFileSync('tests/fixtures/ink/good/two-doors.ink', 'utf8'), 'two-doors');

describe.each(MODES)('session (%s)', (mode) => {
  it('produces beats with speaker, mood, scene and clock, then a decision with option ids', () => {
    const d = drive(mode, twoDoors);
    expect(d.firstBeats.map((b) => b.text)).toEqual(['The waiting room is quiet.', '"Which door should I take?"']);
    const [narration, line] = d.firstBeats;
    expect(narration).toMatchObject({ speaker: null, scene: 'benefits-office', clock: '09:30' });
    expect(line).toMatchObject({ speaker: 'Sam', mood: 'anxious' });
    expect(d.session.stage).toMatchObject({ scene: 'benefits-office', clock: '09:30', speaker: 'Sam', mood: 'anxious' });
    const cp = d.session.choicePoint;
    expect(cp?.decision).toEqual({ id: 'which-door', prompt: 'Which door do you suggest?', key: true, rationale: true });
    expect(cp?.options.map((o) => [o.id, o.text])).toEqual([
      ['red', 'The red door'],
      ['blue', 'The blue door'],
    ]);
    expect(cp?.options[0]?.standards).toEqual([
      { code: 'SWE-1.1', weight: 2 },
      { code: 'PCF-2', weight: 1 },
    ]);
    expect(cp?.options[1]?.feedback).toBe('Blue closed the conversation down.');
  });

  it('records the choice with time to decide, rationale and meters, and keeps floats as floats', () => {
    const d = drive(mode, twoDoors);
    d.deps.tick(4200);
    d.session.markDecided();
    d.deps.tick(9000); // typing the rationale does not count as deciding time
    d.choose('red', '  Because Sam seemed unsure.  ');
    const [decision] = d.session.decisions;
    expect(decision).toMatchObject({ decisionId: 'which-door', chosen: 'red', timeToDecideMs: 4200, rationale: 'Because Sam seemed unsure.' });
    expect(d.session.stage.meters).toEqual([{ variable: 'trust', label: "Sam's trust", min: 0, max: 10, value: 7 }]);
    expect(d.texts()).toContain('Seven thirds is 2.3333333333333335.');
    // An unassessed choice is a plain choice.
    expect(d.session.choicePoint?.decision).toBeNull();
    d.choose('option-1');
    expect(d.session.choicePoint?.decision?.id).toBe('finish');
  });

  it('reaches an ending and builds a valid, verifiable decision log and debrief', () => {
    const d = drive(mode, twoDoors);
    d.deps.tick(1000);
    d.choose('blue');
    d.choose('option-1');
    d.deps.tick(2500);
    d.choose('summarise');
    expect(d.session.status).toBe('ended');
    expect(d.session.ending).toEqual({ id: 'summary', title: 'Summary agreed' });
    d.session.setReflection('What did you notice?', 'I rushed the first answer.');
    const log = d.session.buildLog();
    expect(DecisionLogV1Schema.parse(log)).toEqual(log);
    expect(verifyLog(log)).toEqual({ ok: true, head: log.integrity.head });
    expect(log.decisions.map((x) => [x.decisionId, x.chosen, x.timeToDecideMs])).toEqual([
      ['which-door', 'blue', 1000],
      ['finish', 'summarise', 2500],
    ]);
    expect(log.choices.map((c) => c.text)).toEqual(['Carry on.']);
    expect(log.attempt.status).toBe('completed');
    expect(log.learner).toEqual({ id: 'trainee-1', cohort: 'C1' });
    const debrief = buildDebrief(log, frameworks);
    expect(debrief.ending?.title).toBe('Summary agreed');
    expect(debrief.keyMoments.map((m) => [m.decisionId, m.chosen.id, m.alternatives.map((a) => a.id)])).toEqual([['which-door', 'blue', ['red']]]);
    expect(debrief.strengths.map((m) => m.decisionId)).toEqual(['finish']);
    const swe = debrief.profile.find((p) => p.id === 'SWE');
    expect(swe?.items).toEqual([
      { code: 'SWE-1.1', title: 'Sub-standard one point one', total: -1, count: 1, positive: 0, negative: -1 },
      { code: 'SWE-2.1', title: 'Sub-standard two point one', total: 1, count: 1, positive: 1, negative: 0 },
    ]);
    expect(debrief.reflections).toContainEqual({ prompt: 'What did you notice?', answer: 'I rushed the first answer.' });
  });

  it('steps back to the previous decision and marks the undone decision as rewound', () => {
    const d = drive(mode, twoDoors);
    d.choose('blue');
    expect(d.texts()).toContain('"Oh."');
    expect(d.stepBack()).toBe(true);
    expect(d.texts()).not.toContain('"Oh."');
    expect(d.session.choicePoint?.decision?.id).toBe('which-door');
    expect(d.session.stage.meters[0]?.value).toBe(5);
    d.choose('red');
    expect(d.texts()).toContain('"Thank you."');
    const log = d.session.buildLog();
    expect(log.decisions.map((x) => [x.chosen, x.rewound])).toEqual([
      ['blue', true],
      ['red', false],
    ]);
    expect(log.rewinds).toHaveLength(1);
    expect(verifyLog(log).ok).toBe(true);
    expect(buildDebrief(log, frameworks).rewound.map((r) => r.chosenText)).toEqual(['The blue door']);
  });

  it('steps back from an ending', () => {
    const d = drive(mode, twoDoors);
    d.choose('red');
    d.choose('option-1');
    d.choose('leave');
    expect(d.session.status).toBe('ended');
    expect(d.stepBack()).toBe(true);
    expect(d.session.status).toBe('choosing');
    expect(d.session.ending).toBeNull();
    expect(d.session.choicePoint?.decision?.id).toBe('finish');
  });

  it('excludes paused time from time to decide and logs the pause', () => {
    const d = drive(mode, twoDoors);
    d.deps.tick(1000);
    d.session.pause();
    d.deps.tick(60_000);
    d.session.resume('resumed');
    d.deps.tick(500);
    d.choose('red');
    const log = d.session.buildLog();
    expect(log.decisions[0]?.timeToDecideMs).toBe(1500);
    expect(log.pauses).toEqual([{ at: expect.any(String), resumedAt: expect.any(String), outcome: 'resumed' }]);
  });
});

describe('restore', () => {
  it('refuses a save from an older version of the story with a readable reason', () => {
    const deps = fakeDeps();
    const init = { meta: twoDoors.meta, storyJson: twoDoors.json, appVersion: 't', learner: { id: null, cohort: null } };
    const { session } = createSession(init, deps);
    const save = session.toSave();
    const changed = { ...init, meta: { ...init.meta, version: 2 } };
    expect(() => restoreSession(save, changed, deps)).toThrowError(RestoreError);
    try {
      restoreSession(save, changed, deps);
    } catch (e) {
      expect((e as RestoreError).code).toBe('story-changed');
      expect((e as RestoreError).message).toMatch(/updated since you started/);
    }
  });

  it.each([
    ['not an object', 'garbage'],
    ['wrong type', { type: 'other' }],
    ['truncated', { type: 'swsim.save', schemaVersion: 1 }],
  ])('refuses a corrupt save (%s)', (_name, raw) => {
    const init = { meta: twoDoors.meta, storyJson: twoDoors.json, appVersion: 't', learner: { id: null, cohort: null } };
    expect(() => restoreSession(raw, init, fakeDeps())).toThrowError(/could not be read/);
  });
});

describe('runtime problems', () => {
  it('turns an ink runtime error into an error status and keeps the log so far', () => {
    const compiled = compileInk(`
VAR n = 0
"Pick" #decision: pick, Pick one
* [A #id: a #feedback: fine #standard: SWE-1 +1]
  -> broken
* [B #id: b #feedback: fine too #standard: SWE-1 +1]
  Fine. # ending: ok, Fine
  -> END
=== broken ===
This knot forgets to divert, so ink runs out of content.
`);
    const d = drive('fresh', compiled);
    d.choose('a');
    expect(d.session.status).toBe('error');
    expect(d.session.problems.some((p) => p.severity === 'error')).toBe(true);
    const log = d.session.buildLog();
    expect(log.attempt.status).toBe('error');
    expect(log.decisions).toHaveLength(1);
    expect(DecisionLogV1Schema.safeParse(log).success).toBe(true);
  });

  it('ends without an ending name when a path has no # ending: and says so', () => {
    const compiled = compileInk(`
"Pick" #decision: pick, Pick one
* [A #id: a #feedback: fine #standard: SWE-1 +1]
  Over.
  -> END
* [B #id: b #feedback: fine too #standard: SWE-1 +1]
  Fine. # ending: ok, Fine
  -> END
`);
    const d = drive('fresh', compiled);
    d.choose('a');
    expect(d.session.status).toBe('ended');
    expect(d.session.ending).toBeNull();
    expect(d.session.problems[0]?.message).toMatch(/without an "# ending:" tag/);
  });
});

describe('author preview tools', () => {
  it('lists knots and stitches, reads variables and jumps to a knot (logged as a plain choice)', () => {
    const compiled = compileInk(`
VAR mood = 3
-> start
=== start ===
Hello.
* [Go on] -> middle
=== middle ===
= part_one
Middle part one. # ending: mid, Middle
-> END
=== far ===
Far away. # ending: far, Far
-> END
`);
    const d = drive('fresh', compiled);
    expect(d.session.knots()).toEqual(['start', 'middle', 'middle.part_one', 'far']);
    expect(d.session.variables()).toEqual({ mood: 3 });
    d.session.jumpTo('far');
    expect(d.session.status).toBe('ended');
    expect(d.session.ending?.id).toBe('far');
    expect(d.session.buildLog().choices.map((c) => c.text)).toEqual(['[Author preview: jumped to far]']);
  });
});

describe('replaySession', () => {
  it.each(MODES)('replays a saved path into a fresh session (%s)', (mode) => {
    const d = drive(mode, twoDoors);
    d.choose('blue');
    d.stepBack();
    d.choose('red');
    d.choose('option-1');
    expect(d.session.path).toEqual(['red', 'option-1']);
    const { session, replayed } = replaySession(d.init, fakeDeps(), d.session.path);
    expect(replayed).toBe(2);
    expect(session.choicePoint?.decision?.id).toBe('finish');
    expect(session.transcript.map((t) => (t.kind === 'line' ? t.beat.text : t.text))).toEqual(
      d.session.transcript.map((t) => (t.kind === 'line' ? t.beat.text : t.text)),
    );
  });

  it('stops where an edited story no longer offers the recorded option', () => {
    const d = drive('fresh', twoDoors);
    d.choose('red');
    const edited = compileInk(readFileSync('tests/fixtures/ink/good/two-doors.ink', 'utf8').replace('#id: red', '#id: crimson'), 'two-doors');
    const { session, replayed } = replaySession({ ...d.init, meta: edited.meta, storyJson: edited.json }, fakeDeps(), d.session.path);
    expect(replayed).toBe(0);
    expect(session.choicePoint?.options.map((o) => o.id)).toEqual(['crimson', 'blue']);
  });
});
