/**
 * The debrief: what went well first, the profile per framework (a chart with a table behind it),
 * every key moment with the choice, the alternatives and their feedback, reflection prompts whose
 * answers go into the log, and the decision log download. Prints cleanly for a portfolio.
 */
import type { AppContext } from '../app.ts';
import { announce, download, h, replace } from '../dom.ts';
import { buildDebrief, type FrameworkProfile, type Moment, type MomentOption, type Session } from '../../engine/index.ts';
import type { DecisionLog } from '../../schemas/decision-log.ts';
import { attemptCsv, attemptCsvFilename, attemptStatementsJson, logFilename, xapiFilename } from '../../export/index.ts';
import type { ScenarioMeta } from '../../schemas/scenario.ts';

export interface DebriefCallbacks {
  onChange(): void;
  onPlayAgain(): void;
  onStepBack(): void;
}

export function downloadLog(log: DecisionLog): void {
  download(logFilename(log), `${JSON.stringify(log, null, 2)}\n`);
  announce('Your decision log has been downloaded.');
}

function downloadCsv(log: DecisionLog): void {
  download(attemptCsvFilename(log), attemptCsv(log), 'text/csv;charset=utf-8');
  announce('Your decisions have been downloaded as a spreadsheet (CSV).');
}

function downloadXapi(log: DecisionLog): void {
  download(xapiFilename(log), attemptStatementsJson(log));
  announce('Your attempt has been downloaded as xAPI statements.');
}

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} second${s === 1 ? '' : 's'}` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function standardsList(option: MomentOption, titles: ReadonlyMap<string, string>): HTMLElement | null {
  if (option.standards.length === 0) return null;
  return h(
    'ul',
    { className: 'weights', 'aria-label': 'How this option stands against the standards' },
    option.standards.map((s) =>
      h('li', { className: s.weight > 0 ? 'up' : s.weight < 0 ? 'down' : '', title: titles.get(s.code) ?? s.code }, `${s.code} ${s.weight > 0 ? '+' : ''}${s.weight}`),
    ),
  );
}

function optionBlock(option: MomentOption, chosen: boolean, titles: ReadonlyMap<string, string>): HTMLElement {
  return h(
    'div',
    { className: chosen ? 'option chosen' : 'option' },
    h('p', { className: 'label' }, chosen ? 'Your choice' : 'Another option'),
    h('p', {}, h('strong', {}, option.text)),
    option.feedback ? h('p', {}, option.feedback) : null,
    standardsList(option, titles),
  );
}

function momentBlock(m: Moment, titles: ReadonlyMap<string, string>, level: 'h3' | 'h4' = 'h3'): HTMLElement {
  return h(
    'article',
    { className: 'moment card' },
    h(level, {}, m.prompt),
    optionBlock(m.chosen, true, titles),
    m.rationale ? h('p', {}, h('strong', {}, 'Your reason: '), m.rationale) : null,
    h('p', { className: 'hint' }, `You took ${seconds(m.timeToDecideMs)} to decide.`),
    m.alternatives.length > 0 ? h('h5', { className: 'visually-hidden' }, 'The other options') : null,
    m.alternatives.map((o) => optionBlock(o, false, titles)),
  );
}

function profileBlock(p: FrameworkProfile): HTMLElement {
  const max = Math.max(3, ...p.items.map((i) => Math.abs(i.total)));
  const tableId = `profile-${p.id}`;
  return h(
    'figure',
    { className: 'card', 'aria-labelledby': `${tableId}-caption` },
    h('figcaption', { id: `${tableId}-caption` }, h('h3', {}, p.name)),
    h(
      'div',
      { className: 'chart', 'aria-hidden': 'true' },
      p.items.map((i) => {
        const width = `${(Math.abs(i.total) / max) * 50}%`;
        return h(
          'div',
          { className: 'bar-row' },
          h('span', { title: i.title }, i.code),
          h('span', { className: 'bar-track' }, h('span', { className: 'zero' }), i.total !== 0 ? h('span', { className: `bar ${i.total > 0 ? 'up' : 'down'}`, style: `width:${width}` }) : null),
          h('span', {}, `${i.total > 0 ? '+' : ''}${i.total}`),
        );
      }),
    ),
    h(
      'table',
      { id: tableId },
      h('caption', { className: 'visually-hidden' }, `${p.name}: how your choices stand against each item`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Item'), h('th', { scope: 'col' }, 'What it asks'), h('th', { scope: 'col', className: 'num' }, 'Choices that touched it'), h('th', { scope: 'col', className: 'num' }, 'Sum of weights'))),
      h(
        'tbody',
        {},
        p.items.map((i) =>
          h('tr', {}, h('th', { scope: 'row' }, i.code), h('td', {}, i.title), h('td', { className: 'num' }, i.count), h('td', { className: 'num' }, `${i.total > 0 ? '+' : ''}${i.total}`)),
        ),
      ),
    ),
  );
}

export function renderDebrief(ctx: AppContext, meta: ScenarioMeta, session: Session, callbacks: DebriefCallbacks): void {
  ctx.setTitle(`Debrief: ${meta.title}`);
  const log = session.buildLog();
  const model = buildDebrief(log, ctx.frameworks);
  const titles = new Map(ctx.frameworks.flatMap((f) => f.items.map((i) => [i.code, i.title] as const)));
  const fingerprint = h('code', { className: 'fingerprint' }, log.integrity.head);

  let saveTimer: number | null = null;
  const reflections = session.reflections.map((r, i) => {
    const id = `reflection-${i}`;
    const area = h('textarea', { id, maxlength: 8000 }, r.answer);
    const printed = h('div', { className: 'print-answer' }, r.answer);
    area.addEventListener('input', () => {
      session.setReflection(r.prompt, area.value);
      printed.textContent = area.value;
      if (saveTimer !== null) window.clearTimeout(saveTimer);
      saveTimer = window.setTimeout(() => {
        callbacks.onChange();
        fingerprint.textContent = session.buildLog().integrity.head;
      }, 400);
    });
    return h('div', {}, h('label', { for: id }, r.prompt), area, printed);
  });

  const strengths = model.strengths.length > 0
    ? model.strengths.map((m) => h('div', { className: 'strength' }, h('p', {}, h('strong', {}, m.prompt)), h('p', {}, `You chose: ${m.chosen.text}`), m.chosen.feedback ? h('p', {}, m.chosen.feedback) : null))
    : [h('p', {}, 'You stayed with a difficult situation to the end, and you are now reflecting on it: both are part of safe practice. The key moments below show what each option offered, so you can weigh them for next time.')];

  replace(
    ctx.main,
    h(
      'div',
      { className: 'debrief' },
      h('h1', {}, `Debrief: ${meta.title}`),
      h(
        'section',
        { 'aria-labelledby': 'ending-heading' },
        h('h2', { id: 'ending-heading' }, 'How it ended'),
        h('p', { className: 'card' }, model.ending ? model.ending.title : 'The scenario came to an end.'),
        h('p', { className: 'hint' }, 'Endings describe what happened, not a grade. Real practice rarely has one right answer; the feedback below explains what each option offered.'),
      ),
      h('section', { 'aria-labelledby': 'strengths-heading' }, h('h2', { id: 'strengths-heading' }, 'What went well'), strengths),
      h(
        'section',
        { 'aria-labelledby': 'profile-heading' },
        h('h2', { id: 'profile-heading' }, 'Your choices against the professional standards'),
        h('p', { className: 'hint' }, 'Each option was tagged by the scenario author with how it stands against items of each framework (from -3 to +3). These sums describe the choices you made in this attempt, not you.'),
        model.profile.length > 0 ? model.profile.map(profileBlock) : h('p', {}, 'No assessed decisions were made in this attempt.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'moments-heading' },
        h('h2', { id: 'moments-heading' }, 'Key moments'),
        model.keyMoments.length > 0 ? model.keyMoments.map((m) => momentBlock(m, titles)) : h('p', {}, 'There were no key moments on this path.'),
        model.otherMoments.length > 0
          ? h('details', { className: 'card' }, h('summary', {}, `The other ${model.otherMoments.length} decision${model.otherMoments.length === 1 ? '' : 's'}`), model.otherMoments.map((m) => momentBlock(m, titles, 'h3')))
          : null,
      ),
      model.rewound.length > 0 || model.pauses > 0
        ? h(
            'section',
            { 'aria-labelledby': 'changes-heading' },
            h('h2', { id: 'changes-heading' }, 'Changes of mind and pauses'),
            model.rewound.length > 0
              ? h('div', {}, h('p', {}, 'You stepped back from these choices and chose again. Changing course when you see a better option is part of reflective practice.'), h('ul', {}, model.rewound.map((r) => h('li', {}, `${r.prompt}: first chose "${r.chosenText}"`))))
              : null,
            model.pauses > 0 ? h('p', {}, `You paused ${model.pauses} time${model.pauses === 1 ? '' : 's'}. Pausing is never counted against you.`) : null,
          )
        : null,
      h(
        'section',
        { 'aria-labelledby': 'reflect-heading' },
        h('h2', { id: 'reflect-heading' }, 'Reflect'),
        h('p', { className: 'hint' }, 'Your answers are saved in this browser and included in your decision log. Please do not write real names or details that could identify anyone.'),
        reflections.length > 0 ? reflections : h('p', {}, 'This scenario has no reflection prompts.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'log-heading' },
        h('h2', { id: 'log-heading' }, 'Your decision log'),
        h('p', {}, 'The decision log records your choices, timings, reasons and reflections for this attempt, with your pseudonymous learner id and cohort code. Download it to hand to your tutor; nothing is sent anywhere.'),
        h('p', {}, 'Log fingerprint (give this to your tutor with the file, so they can check it was not changed): ', fingerprint),
        h(
          'div',
          { className: 'actions' },
          h('button', { type: 'button', onclick: () => downloadLog(session.buildLog()) }, 'Download decision log'),
          h('button', { type: 'button', className: 'secondary', onclick: () => window.print() }, 'Print or save as PDF'),
        ),
        h(
          'details',
          { className: 'no-print' },
          h('summary', {}, 'Other formats'),
          h('p', { className: 'hint' }, 'A spreadsheet of your decisions (CSV), or xAPI statements for a learning record store if your course uses one. The decision log above is the file your tutor\u2019s dashboard reads.'),
          h(
            'div',
            { className: 'actions' },
            h('button', { type: 'button', className: 'secondary', onclick: () => downloadCsv(session.buildLog()) }, 'Download as CSV'),
            h('button', { type: 'button', className: 'secondary', onclick: () => downloadXapi(session.buildLog()) }, 'Download as xAPI'),
          ),
        ),
      ),
      h(
        'div',
        { className: 'actions' },
        h('button', { type: 'button', className: 'secondary', onclick: callbacks.onPlayAgain }, 'Play this scenario again'),
        h('button', { type: 'button', className: 'quiet', onclick: callbacks.onStepBack }, 'Step back to the last choice'),
        h('a', { className: 'button secondary', href: './' }, 'Back to all scenarios'),
      ),
    ),
  );
  ctx.main.focus();
}
