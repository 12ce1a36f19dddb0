/**
 * Author panel (`?author=1`): what an educator previewing a scenario needs to see: the current
 * line's tags, the ink variables and meters, the decision and option ids, and a jump to any knot.
 */
import { h, replace } from './dom.ts';
import type { Session } from '../engine/index.ts';

export interface AuthorPanel {
  readonly element: HTMLElement;
  refresh(): void;
}

export function createAuthorPanel(session: () => Session, onJump: (knot: string) => void): AuthorPanel {
  const body = h('div');
  const element = h(
    'aside',
    { className: 'card author-panel', 'aria-labelledby': 'author-panel-title' },
    h('h2', { id: 'author-panel-title' }, 'Author panel'),
    h('p', { className: 'hint' }, 'Shown because the address has ?author=1. Jumps are recorded in the log as author preview steps.'),
    body,
  );
  const refresh = (): void => {
    const s = session();
    const lastLine = [...s.transcript].reverse().find((t) => t.kind === 'line');
    const cp = s.choicePoint;
    const select = h('select', { id: 'author-jump' }, s.knots().map((k) => h('option', { value: k }, k)));
    replace(
      body,
      h('h3', {}, 'Tags on the last line'),
      lastLine && lastLine.kind === 'line' && lastLine.beat.tags.length > 0
        ? h('ul', {}, lastLine.beat.tags.map((t) => h('li', {}, h('code', {}, `# ${t}`))))
        : h('p', {}, 'None.'),
      h('h3', {}, 'Decision and options'),
      cp
        ? h(
            'div',
            {},
            h('p', {}, cp.decision ? `Decision: ${cp.decision.id}${cp.decision.key ? ' (key)' : ''}${cp.decision.rationale ? ' (asks why)' : ''}` : 'Plain choice (not assessed).'),
            h('ul', {}, cp.options.map((o) => h('li', {}, h('code', {}, o.id), ` ${o.text}`, o.standards.length > 0 ? ` (${o.standards.map((x) => `${x.code} ${x.weight > 0 ? '+' : ''}${x.weight}`).join(', ')})` : ''))),
          )
        : h('p', {}, `No choice now (${s.status}).`),
      h('h3', {}, 'Variables'),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Variable'), h('th', { scope: 'col' }, 'Value'))),
        h('tbody', {}, Object.entries(s.variables()).map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, String(v))))),
      ),
      h('h3', {}, 'Jump to a knot'),
      h('label', { for: 'author-jump' }, 'Knot or stitch'),
      select,
      h('div', { className: 'actions' }, h('button', { type: 'button', className: 'secondary', onclick: () => onJump(select.value) }, 'Jump')),
    );
  };
  refresh();
  return { element, refresh };
}
