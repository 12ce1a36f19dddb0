/** What happened to the files: those that could not be used, attempts loaded twice, logs edited after export. */
import { h } from '../../ui/dom.ts';
import type { ViewModel } from '../types.ts';
import { formatDateTime, formatCount } from './format.ts';

export function loadReport(view: ViewModel, onReplay: (id: string, opener: HTMLElement) => void): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (view.problems.length > 0) {
    out.push(
      h(
        'section',
        { className: 'notice error', 'aria-labelledby': 'problems-heading', id: 'problems' },
        h('h2', { id: 'problems-heading' }, `Files that could not be used (${formatCount(view.problems.length)})`),
        h('p', {}, 'Everything else was loaded. Each file below is left out, for the reason given.'),
        h(
          'ul',
          { className: 'file-problems' },
          view.problems.map((p) => h('li', { 'data-code': p.code }, h('strong', { className: 'file-name' }, p.file), h('span', {}, `: ${p.message}`))),
        ),
      ),
    );
  }
  if (view.edited.length > 0) {
    out.push(
      h(
        'section',
        { className: 'notice warn', 'aria-labelledby': 'edited-heading', id: 'edited' },
        h('h2', { id: 'edited-heading' }, `Logs changed after they were exported (${formatCount(view.edited.length)})`),
        h(
          'p',
          {},
          'The integrity check of these logs failed: something in the file is not what the simulator wrote. They are shown and counted, marked "Edited after export" in the table. Ask the trainee for the log fingerprint shown on their debrief, or leave them out with the Integrity filter.',
        ),
        h(
          'ul',
          { className: 'edited-list' },
          view.edited.map((r) =>
            h(
              'li',
              { 'data-attempt': r.id },
              h('strong', {}, `${r.learner ?? 'No learner id'}, ${r.scenarioTitle}, ${formatDateTime(r.startedAt)}`),
              h('span', {}, ` (${r.file}): ${r.integrity.ok ? '' : r.integrity.message} `),
              h(
                'button',
                {
                  type: 'button',
                  className: 'secondary small',
                  'aria-label': `Replay the edited attempt by ${r.learner ?? 'no learner id'}, ${r.scenarioTitle}`,
                  onclick: (e: Event) => onReplay(r.id, e.currentTarget as HTMLElement),
                },
                'Replay',
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (view.notes.length > 0) {
    out.push(
      h(
        'section',
        { className: 'notice', 'aria-labelledby': 'merged-heading', id: 'merged' },
        h('h2', { id: 'merged-heading' }, `Attempts found in more than one file (${formatCount(view.notes.length)})`),
        h('ul', { className: 'merge-notes' }, view.notes.map((n) => h('li', { 'data-attempt': n.attemptId }, h('strong', {}, n.label), h('span', {}, `: ${n.message}`)))),
      ),
    );
  }
  return out;
}
