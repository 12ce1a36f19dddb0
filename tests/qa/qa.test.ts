/**
 * Story QA on fixture stories with planted faults (tests/fixtures/qa/stories): each fault is caught,
 * with its file and line, and the clean fixture passes with no problem at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, runQa, type QaRun, type ScenarioQa } from '../../src/authoring/qa/index.ts';
import { writeReports } from '../../src/authoring/qa/report.ts';
import { layoutMap } from '../../src/authoring/qa/html.ts';
import { countWords, explore, storyFacts } from '../../src/authoring/qa/explore.ts';
import { Story } from 'inkjs';
import { buildStories } from '../../src/authoring/build.ts';
import { createSession } from '../../src/engine/index.ts';
import { compileInk, fakeDeps } from '../helpers/ink.ts';

const ROOT = 'tests/fixtures/qa';

let run: QaRun;
beforeAll(async () => {
  run = await runQa(ROOT, undefined, { workers: 1 });
}, 120_000);

const qa = (id: string): ScenarioQa => {
  const s = run.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no fixture ${id}`);
  return s;
};
const lines = (id: string): string[] => qa(id).problems.map(formatProblem);

describe('the clean fixture', () => {
  it('passes with no problems, explored exhaustively', () => {
    const s = qa('clean');
    expect(lines('clean')).toEqual([]);
    expect(s.buildProblems).toEqual([]);
    expect(s.findings?.exploration.complete).toBe(true);
    expect(s.findings?.exploration.mode).toBe('exhaustive');
  });

  it('reaches every ending, offers every option and visits every knot and stitch', () => {
    const f = qa('clean').findings!;
    expect(f.endings.map((e) => [e.id, e.reached])).toEqual([
      ['plan-agreed', true],
      ['taken-over', true],
    ]);
    expect(f.decisions.flatMap((d) => d.options.map((o) => `${d.id}:${o.id}:${o.offered}`))).toEqual([
      'greeting:thank:true',
      'greeting:forms:true',
      'plan:together:true',
      'plan:take-over:true',
    ]);
    expect(f.places.map((p) => `${p.path}@${p.line}:${p.visited}`)).toEqual(['arrival@14:true', 'talk@25:true', 'talk.next@33:true']);
  });

  it('does not mistake a loop with a way out for one without', () => {
    const f = qa('clean').findings!;
    expect(f.paths).toEqual([]);
    // The loop (asking again) is in the map as a link back up.
    expect(f.map.edges.some((e) => e.from === 'k:talk' && e.to === 'k:talk')).toBe(false);
  });

  it('measures the shortest and longest path in words, decisions and minutes', () => {
    const f = qa('clean').findings!;
    expect(f.shortest).not.toBeNull();
    expect(f.longest).not.toBeNull();
    expect(f.shortest!.decisions).toBe(2);
    expect(f.shortest!.choices).toBe(1);
    // The longest path asks about the letters once (it never goes round the loop twice).
    expect(f.longest!.choices).toBe(2);
    expect(f.longest!.words).toBeGreaterThan(f.shortest!.words);
    expect(f.shortest!.minutes).toBeLessThanOrEqual(f.longest!.minutes);
    expect(f.minutesHeader).toBe(2);
  });

  it('lists which decisions can evidence each framework item, up and down', () => {
    const f = qa('clean').findings!;
    const row = (code: string) => f.coverage.find((c) => c.code === code);
    expect(row('SWE-1.1')).toMatchObject({
      title: 'Sub-standard one point one',
      up: [{ decision: 'greeting', option: 'thank', weight: 2 }],
      down: [{ decision: 'greeting', option: 'forms', weight: -1 }],
    });
    expect(row('SWE-2.1')?.down).toEqual([{ decision: 'plan', option: 'take-over', weight: -2 }]);
    expect(row('PCF-1')?.up).toEqual([{ decision: 'plan', option: 'together', weight: 1 }]);
    expect(f.coverage.map((c) => c.code)).toEqual(['PCF-1', 'PCF-2', 'SWE-1.1', 'SWE-2.1']);
  });

  it('agrees with the session: each ending\'s example path, played in the engine, ends there', () => {
    const built = buildStories(ROOT, ['clean']).scenarios[0]!;
    for (const ending of qa('clean').findings!.endings) {
      const { session } = createSession({ meta: built.meta!, storyJson: built.json!, appVersion: 'test', learner: { id: null, cohort: null } }, fakeDeps());
      for (const step of ending.example!) {
        expect(session.choicePoint?.decision?.id ?? null).toBe(step.decision);
        session.choose(session.choicePoint!.options.find((o) => (step.decision ? o.id === step.option : o.text === step.text))!.id);
      }
      expect(session.status).toBe('ended');
      expect(session.ending?.id).toBe(ending.id);
    }
  });
});

describe('state carried forward', () => {
  it('keeps a variable in mind until it is read, and forgets one that is never read again', () => {
    const s = qa('carried-state');
    expect(lines('carried-state')).toEqual([]);
    expect(s.findings!.endings.map((e) => [e.id, e.reached])).toEqual([
      ['locked-out', true],
      ['records', true],
    ]);
    // hall; corridor with and without the key ('mood' is never read, so it does not split states); two endings.
    expect(s.findings!.exploration.states).toBe(5);
  });
});

describe('planted faults are caught', () => {
  it('an ending that can never be reached', () => {
    expect(lines('unreachable-ending')).toEqual([
      expect.stringMatching(/^stories\/unreachable-ending\.ink:20: warning: knot 'jackpot' is never visited on any path/),
      expect.stringMatching(/^stories\/unreachable-ending\.ink:21: error: ending 'the-call' is never reached on any path/),
    ]);
    expect(qa('unreachable-ending').findings!.endings.map((e) => [e.id, e.reached])).toEqual([
      ['wrong-number', true],
      ['voicemail', true],
      ['the-call', false],
    ]);
  });

  it('a loop that cannot be left, with the path into it and the choices that go round', () => {
    expect(lines('endless-loop')).toEqual([
      expect.stringMatching(/^stories\/endless-loop\.ink:16: error: a loop with no way out in 'corridor': .*path in: enter: corridor\./),
    ]);
    const loop = qa('endless-loop').findings!.paths[0]!;
    expect(loop.kind).toBe('loop');
    expect(loop.path).toEqual([{ decision: 'enter', option: 'corridor', text: 'Go into the corridor.' }]);
    expect(loop.cycle.length).toBeGreaterThan(0);
  });

  it('a path that stops without # ending:', () => {
    expect(lines('dead-end')).toEqual([
      "stories/dead-end.ink:19: error: a path stops in 'advised' without an '# ending:' (no choices left and nothing more to read); path: advice: advise. Add '# ending: id, Title' on its last line before -> END, or divert it on.",
    ]);
  });

  it('an option that is never offered (its condition is never true)', () => {
    expect(lines('option-never-offered')).toEqual([
      expect.stringMatching(/^stories\/option-never-offered\.ink:15: error: option 'welcome-back' of decision 'welcome' is never offered on any path/),
      expect.stringMatching(/^stories\/option-never-offered\.ink:16: error: ending 'welcomed-back' is never reached/),
    ]);
  });

  it('a knot that is never visited', () => {
    expect(lines('unvisited-knot')).toEqual([expect.stringMatching(/^stories\/unvisited-knot\.ink:17: warning: knot 'forgotten' is never visited on any path/)]);
  });

  it('feedback repeated word for word (ignoring case and punctuation)', () => {
    expect(lines('duplicate-feedback')).toEqual([
      expect.stringMatching(/^stories\/duplicate-feedback\.ink:17: warning: the feedback of option 'explain' \(decision 'next'\) repeats word for word the feedback of option 'assessment' \(decision 'carer', line 10\)/),
    ]);
    expect(qa('duplicate-feedback').findings!.duplicates).toHaveLength(1);
  });

  it('an ink runtime error, with where and how it happens', () => {
    expect(lines('runtime-error')).toEqual([
      expect.stringMatching(/^stories\/runtime-error\.ink:10: error: ink runtime error in 'start': Tried to divert to a target from a variable.*Path: where: home\.$/),
    ]);
  });

  it('a # minutes: header outside the range of its paths', () => {
    expect(lines('minutes-off')).toEqual([expect.stringMatching(/^stories\/minutes-off\.ink:3: warning: '# minutes: 45' is outside the playing time of its paths, [\d.]+-[\d.]+ minutes/)]);
  });

  it('replays the way to every ending in a real engine session, with no disagreement', () => {
    for (const s of run.scenarios) {
      expect(s.engineChecks.length, s.id).toBeGreaterThan(0);
      expect(s.engineChecks.filter((c) => !c.ok), s.id).toEqual([]);
    }
  });

  it('counts errors and warnings as the exit code needs them', () => {
    expect(run.scenarios.map((s) => s.id)).toEqual(readdirSync(join(ROOT, 'stories')).filter((f) => f.endsWith('.ink')).map((f) => f.replace(/\.ink$/, '')).sort());
    expect(run.errors).toBe(6);
    expect(run.warnings).toBe(4);
  });
});

describe('random playthroughs when the state space is too big', () => {
  it('still find every ending and option, and the loop, and say the result is sampled', async () => {
    const small = await runQa(ROOT, ['clean', 'endless-loop', 'option-never-offered'], { workers: 1, explore: { maxStates: 2, randomRuns: 100, maxSteps: 40 } });
    const [clean, loop, never] = small.scenarios;
    expect(clean!.findings!.exploration).toMatchObject({ complete: false, mode: 'exhaustive+random', randomRuns: 100 });
    expect(clean!.problems).toEqual([]);
    expect(loop!.problems.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(/^stories\/endless-loop\.ink:\d+: error: (a loop with no way out|a random playthrough made 40 choices)/)]));
    expect(never!.problems.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(/option 'welcome-back' of decision 'welcome' is never offered in any playthrough tried/)]));
  });

  it('are repeatable: the same seed gives the same exploration', () => {
    const built = buildStories(ROOT, ['clean']).scenarios[0]!;
    const a = explore(built.json!, ['arrival', 'talk', 'talk.next'], { maxStates: 2, randomRuns: 30, seed: 7 });
    const b = explore(built.json!, ['arrival', 'talk', 'talk.next'], { maxStates: 2, randomRuns: 30, seed: 7 });
    expect(a.nodes.map((n) => n.edges.map((e) => e?.to ?? null))).toEqual(b.nodes.map((n) => n.edges.map((e) => e?.to ?? null)));
  });
});

describe('reports', () => {
  it('writes a self-contained HTML page per scenario and an index', () => {
    const out = mkdtempSync(join(tmpdir(), 'swsim-qa-'));
    const index = writeReports(run, out);
    expect(index).toBe(join(out, 'index.html'));
    const files = readdirSync(out).sort();
    expect(files).toEqual([...run.scenarios.map((s) => `${s.id}.html`), 'index.html'].sort());
    for (const f of files) {
      const html = readFileSync(join(out, f), 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).not.toMatch(/<script|<link|@import|url\((?!#)/i);
      // Only the SVG namespace URI may appear: nothing is fetched from anywhere.
      expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
    const loop = readFileSync(join(out, 'endless-loop.html'), 'utf8');
    expect(loop).toContain('<svg');
    expect(loop).toContain('Map of the story');
    expect(loop).toContain('<th scope="col">From</th>');
    expect(loop).toContain('a loop with no way out');
    expect(readFileSync(index, 'utf8')).toContain('href="clean.html"');
  });

  it('lays the map out with no two boxes overlapping', () => {
    const { nodes, edges } = qa('clean').findings!.map;
    const { placed } = layoutMap(nodes, edges);
    expect(placed.size).toBe(nodes.length);
    const boxes = [...placed.values()];
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || a.y !== b.y) continue;
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x).toBe(true);
      }
    }
    expect(placed.get('start')!.y).toBeLessThan(placed.get('e:plan-agreed')!.y);
  });
});

describe('the command line', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/authoring/cli/qa.ts', '--root', ROOT, '--out', mkdtempSync(join(tmpdir(), 'swsim-qa-cli-')), '--workers', '1', ...args], {
      encoding: 'utf8',
    });

  it('exits 0 for a clean scenario and prints its summary', () => {
    const r = cli('clean');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/clean: exhaustive \(\d+ states\)/);
    expect(r.stdout).toMatch(/1 scenario\(s\) explored; 0 error\(s\), 0 warning\(s\)/);
  }, 60_000);

  it('exits 1 and prints file:line: error: for a planted fault, and for an unknown scenario id', () => {
    const r = cli('dead-end', 'unvisited-knot', 'no-such-story');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("stories/dead-end.ink:19: error: a path stops in 'advised' without an '# ending:'");
    expect(r.stdout).toContain("stories/unvisited-knot.ink:17: warning: knot 'forgotten' is never visited");
    expect(r.stdout).toContain("stories/no-such-story.ink: error: no scenario 'no-such-story' in stories/.");
    expect(r.stdout).toMatch(/2 scenario\(s\) explored; 2 error\(s\), 1 warning\(s\)/);
  }, 60_000);
});

describe('what the explorer learns from the compiled story', () => {
  it('finds the variables and visit counts each knot can still read, and the tunnels', () => {
    const { json } = compileInk(`VAR flag = false
VAR unused = 0
-> a
=== a ===
{b: You have been to b before.}
* [Go to b] -> b
+ [Set the flag] 
    ~ flag = true
    ~ unused = 1
    -> c
=== b ===
-> t ->
Back in b. # ending: b-end, Ended in b
-> END
=== c ===
{ flag: The flag is up. }
Done. # ending: c-end, Ended in c
-> END
=== t ===
A tunnel.
->->
`);
    const facts = storyFacts(new Story(json));
    const fromA = facts.liveFor(['a']);
    expect(fromA.vars).toEqual(['flag']);
    expect(fromA.counts).toEqual(expect.arrayContaining(['b']));
    expect(facts.liveFor(['b']).vars).toEqual([]);
    expect(facts.liveFor(['c']).vars).toEqual(['flag']);
    expect([...facts.tunnels]).toEqual(['t']);
    expect(facts.usesTurns).toBe(false);
    expect(facts.usesRandom).toBe(false);
  });
});

describe('word counts', () => {
  it('counts words between spaces', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  "Don\'t you believe me?"  ')).toBe(4);
    expect(countWords('one\ttwo\nthree')).toBe(3);
  });
});
