/** The drill-down: one attempt replayed in order, with every decision, reason, step back, pause and reflection. */
import { h } from '../../ui/dom.ts';
import type { DecisionEntry, DecisionLog } from '../../schemas/decision-log.ts';
import type { AttemptDetail } from '../types.ts';
import { formatDateTime, formatDuration, formatSeconds, signed } from './format.ts';

type Event =
  | { kind: 'decision'; at: string; seq: number; d: DecisionEntry }
  | { kind: 'choice'; at: string; seq: number; text: string; rewound: boolean }
  | { kind: 'rewind'; at: string; seq: number; undone: string }
  | { kind: 'pause'; at: string; seq: number; p: DecisionLog['pauses'][number] }
  | { kind: 'ending'; at: string; seq: number; title: string };

/** "+3:05" from the start of the attempt. */
function offset(start: string, at: string): string {
  const s = Math.max(0, Math.round((Date.parse(at) - Date.parse(start)) / 1000));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

function events(log: DecisionLog): Event[] {
  const bySeq = new Map<number, string>();
  for (const d of log.decisions) bySeq.set(d.seq, `"${d.offered.find((o) => o.id === d.chosen)?.text ?? d.chosen}" at "${d.prompt}"`);
  for (const c of log.choices) bySeq.set(c.seq, `"${c.text}"`);
  const list: Event[] = [
    ...log.decisions.map((d): Event => ({ kind: 'decision', at: d.at, seq: d.seq, d })),
    ...log.choices.map((c): Event => ({ kind: 'choice', at: c.at, seq: c.seq, text: c.text, rewound: c.rewound })),
    ...log.rewinds.map((r): Event => ({ kind: 'rewind', at: r.at, seq: r.undoneSeq + 0.5, undone: bySeq.get(r.undoneSeq) ?? `step ${r.undoneSeq}` })),
    ...log.pauses.map((p): Event => ({ kind: 'pause', at: p.at, seq: -1, p })),
  ];
  if (log.ending && log.attempt.endedAt) list.push({ kind: 'ending', at: log.attempt.endedAt, seq: Number.MAX_SAFE_INTEGER, title: log.ending.title });
  return list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) || a.seq - b.seq);
}

function decisionItem(d: DecisionEntry, start: string): HTMLElement {
  const chosen = d.offered.find((o) => o.id === d.chosen);
  const others = d.offered.filter((o) => o.id !== d.chosen);
  return h(
    'li',
    { className: d.rewound ? 'event decision rewound' : 'event decision', 'data-seq': d.seq },
    h('p', { className: 'when' }, h('time', { datetime: d.at }, offset(start, d.at)), d.key ? h('span', { className: 'badge key' }, 'Key moment') : null, d.rewound ? h('span', { className: 'badge' }, 'Stepped back from later') : null),
    h('p', { className: 'prompt' }, h('strong', {}, d.prompt)),
    h('p', {}, h('span', { className: 'label' }, 'Chose: '), chosen?.text ?? d.chosen),
    chosen?.feedback ? h('p', { className: 'feedback' }, h('span', { className: 'label' }, 'Feedback: '), chosen.feedback) : null,
    d.standards.length > 0 ? h('ul', { className: 'weights', 'aria-label': 'Standards of the chosen option' }, d.standards.map((s) => h('li', { className: s.weight > 0 ? 'up' : s.weight < 0 ? 'down' : '' }, `${s.code} ${signed(s.weight)}`))) : null,
    h('p', { className: 'hint' }, `Took ${formatSeconds(d.timeToDecideMs)} to decide.`),
    d.rationale !== null ? h('blockquote', { className: 'rationale' }, h('p', { className: 'label' }, 'Their reason:'), h('p', {}, d.rationale)) : null,
    others.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, `The other ${others.length} option${others.length === 1 ? '' : 's'}`),
          h('ul', {}, others.map((o) => h('li', {}, h('strong', {}, o.text), o.feedback ? h('span', {}, ` — ${o.feedback}`) : null))),
        )
      : null,
  );
}

export function replaySection(detail: AttemptDetail, onBack: () => void): HTMLElement {
  const { log, row } = detail;
  const start = log.attempt.startedAt;
  const title = `Replay: ${log.learner.id ?? 'no learner id'}, ${log.scenario.title}`;
  const facts: [string, Node | string][] = [
    ['Learner', log.learner.id ?? 'not given'],
    ['Cohort', log.learner.cohort ?? 'not given'],
    ['Scenario', `${log.scenario.title} (version ${log.scenario.version})`],
    ['Started', formatDateTime(start)],
    ['Status', log.attempt.status === 'completed' ? 'Finished' : log.attempt.status === 'error' ? 'Stopped by an error' : 'Not finished'],
    ...(row.durationMs === null ? [] : ([['Duration', formatDuration(row.durationMs)]] as [string, string][])),
    ['Ending', log.ending?.title ?? 'none'],
    [
      'Integrity',
      row.integrity.ok
        ? h('span', { className: 'status ok' }, 'Intact: the hash chain and seal match')
        : h('span', { className: 'status edited' }, `Edited after export: ${row.integrity.message}`),
    ],
    ['Log fingerprint', h('code', { className: 'fingerprint' }, log.integrity.head)],
    ['From', detail.files.join(', ')],
  ];
  return h(
    'div',
    { className: 'replay' },
    h('h2', { id: 'replay-heading', tabindex: '-1' }, title),
    h('dl', { className: 'facts' }, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('h3', {}, 'What happened, in order'),
    h('p', { className: 'hint' }, 'Times are from the start of the attempt (minutes:seconds). Pauses are the trainee stepping out, which is never counted against them.'),
    h(
      'ol',
      { className: 'timeline' },
      events(log).map((e) => {
        switch (e.kind) {
          case 'decision':
            return decisionItem(e.d, start);
          case 'choice':
            return h('li', { className: 'event choice' }, h('p', { className: 'when' }, h('time', { datetime: e.at }, offset(start, e.at))), h('p', {}, h('span', { className: 'label' }, 'Moved the story on: '), e.text, e.rewound ? ' (stepped back from later)' : ''));
          case 'rewind':
            return h('li', { className: 'event rewind' }, h('p', { className: 'when' }, h('time', { datetime: e.at }, offset(start, e.at))), h('p', {}, h('span', { className: 'label' }, 'Stepped back: '), `undid ${e.undone} and chose again`));
          case 'pause':
            return h(
              'li',
              { className: 'event pause' },
              h('p', { className: 'when' }, h('time', { datetime: e.at }, offset(start, e.at))),
              h('p', {}, h('span', { className: 'label' }, 'Paused and stepped out'), e.p.resumedAt ? ` for ${formatDuration(Date.parse(e.p.resumedAt) - Date.parse(e.p.at))}, then ${e.p.outcome === 'resumed' ? 'carried on' : e.p.outcome === 'restarted' ? 'restarted' : 'left'}` : e.p.outcome === 'open' ? ' (did not come back in this attempt)' : ''),
            );
          case 'ending':
            return h('li', { className: 'event ending' }, h('p', { className: 'when' }, h('time', { datetime: e.at }, offset(start, e.at))), h('p', {}, h('span', { className: 'label' }, 'Ending: '), h('strong', {}, e.title)));
        }
      }),
    ),
    h('h3', {}, 'Reflections'),
    log.reflections.length > 0
      ? h(
          'dl',
          { className: 'reflections' },
          log.reflections.flatMap((r) => [h('dt', {}, r.prompt), h('dd', {}, r.answer.trim() ? r.answer : h('span', { className: 'muted' }, 'No answer'))]),
        )
      : h('p', {}, 'This scenario has no reflection prompts.'),
    h('p', { className: 'actions no-print' }, h('button', { type: 'button', className: 'secondary', onclick: onBack }, 'Back to the attempts table')),
  );
}
