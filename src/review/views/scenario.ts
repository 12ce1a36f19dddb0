/**
 * One scenario's cohort views: endings, how many chose each option at every decision (with the
 * option text and its feedback), the path map (SVG, with the same flows as a table) and the time
 * to decide per decision (median and range). Every chart has a table; every string is text.
 */
import { h } from '../../ui/dom.ts';
import type { DecisionView, PathMap, ScenarioView } from '../types.ts';
import { formatCount, formatSeconds, percent, plural, signed } from './format.ts';
import { s } from './svg.ts';

function standardsList(standards: DecisionView['options'][number]['standards']): HTMLElement | string {
  if (standards.length === 0) return '—';
  return h(
    'ul',
    { className: 'weights' },
    standards.map((st) => h('li', { className: st.weight > 0 ? 'up' : st.weight < 0 ? 'down' : '' }, `${st.code} ${signed(st.weight)}`)),
  );
}

function decisionBlock(scenarioId: string, d: DecisionView, index: number): HTMLElement {
  const id = `decision-${scenarioId}-${index}`;
  const best = Math.max(...d.options.map((o) => o.score));
  const facts = [
    `Made in ${plural(d.reached, 'attempt')}`,
    d.rewound > 0 ? `${formatCount(d.rewound)} time${d.rewound === 1 ? '' : 's'} an answer here was stepped back from` : null,
    d.rationales > 0 ? `${plural(d.rationales, 'reason')} given` : null,
  ].filter(Boolean);
  return h(
    'article',
    { className: 'card decision', 'aria-labelledby': id, 'data-decision': d.id },
    h('h4', { id }, h('span', { className: 'step' }, `${index + 1}. `), d.prompt, d.key ? h('span', { className: 'badge key' }, 'Key moment') : null),
    h('p', { className: 'hint' }, facts.join(' · ')),
    h(
      'div',
      { className: 'table-scroll' },
      h(
        'table',
        { className: 'options' },
        h('caption', { className: 'visually-hidden' }, `How the ${plural(d.reached, 'attempt')} chose at: ${d.prompt}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Option'),
            h('th', { scope: 'col', className: 'num' }, 'Chosen'),
            h('th', { scope: 'col', className: 'share-col' }, 'Share'),
            h('th', { scope: 'col' }, 'Feedback the trainee saw'),
            h('th', { scope: 'col' }, 'Standards'),
          ),
        ),
        h(
          'tbody',
          {},
          d.options.map((o) =>
            h(
              'tr',
              { 'data-option': o.id },
              h(
                'th',
                { scope: 'row' },
                h('span', { className: 'option-text' }, o.text),
                o.score === best && d.options.length > 1 ? h('span', { className: 'badge strong' }, 'Most defensible') : null,
                o.rewound > 0 ? h('span', { className: 'hint block' }, `Also chosen then stepped back from ${plural(o.rewound, 'time')}`) : null,
              ),
              h('td', { className: 'num count' }, formatCount(o.count)),
              h(
                'td',
                { className: 'share-col' },
                h('span', { className: 'share' }, h('span', { className: 'share-bar', style: `width:${d.reached ? (o.count / d.reached) * 100 : 0}%`, 'aria-hidden': 'true' })),
                h('span', { className: 'share-text' }, percent(o.count, d.reached)),
              ),
              h('td', {}, o.feedback ?? h('span', { className: 'muted' }, 'No feedback')),
              h('td', {}, standardsList(o.standards)),
            ),
          ),
        ),
      ),
    ),
  );
}

function pathMapBlock(view: ScenarioView, map: PathMap): HTMLElement {
  const titleId = `pathmap-title-${view.id}`;
  const byId = new Map(map.nodes.map((n) => [n.id, n] as const));
  const svg = s(
    'svg',
    {
      class: 'pathmap',
      width: map.width,
      height: map.height,
      viewBox: `0 0 ${map.width} ${map.height}`,
      role: 'img',
      'aria-labelledby': titleId,
    },
    s('title', { id: titleId }, `Path map for ${view.title}: decisions, the options chosen and where they led, for ${plural(view.attempts, 'attempt')}. The same flows are listed in the table after it.`),
    s(
      'g',
      { class: 'links' },
      ...map.links.map((l) =>
        s(
          'path',
          { d: l.d, 'stroke-width': l.width, class: `link to-${byId.get(l.target)?.kind ?? 'decision'}` },
          s('title', {}, `${byId.get(l.source)?.title ?? ''} → ${byId.get(l.target)?.title ?? ''}: ${plural(l.value, 'attempt')}`),
        ),
      ),
    ),
    s(
      'g',
      { class: 'nodes' },
      ...map.nodes.map((n) => {
        // Decision labels sit above their node (room for the whole prompt); the rest to the right.
        const above = n.kind === 'decision';
        return s(
          'g',
          { class: `node ${n.kind}` },
          s('rect', { x: n.x0, y: n.y0, width: n.x1 - n.x0, height: Math.max(1, n.y1 - n.y0) }, s('title', {}, `${n.title}: ${plural(n.value, 'attempt')}`)),
          s(
            'text',
            above
              ? { x: n.x0, y: n.y0 - 8, 'text-anchor': 'start' }
              : { x: n.x1 + 6, y: (n.y0 + n.y1) / 2, 'text-anchor': 'start', 'dominant-baseline': 'middle' },
            `${n.label} (${n.value})`,
          ),
        );
      }),
    ),
  );
  const legend = h(
    'ul',
    { className: 'legend', 'aria-label': 'Key to the path map' },
    h('li', {}, h('span', { className: 'swatch decision', 'aria-hidden': 'true' }), 'Decision'),
    h('li', {}, h('span', { className: 'swatch option', 'aria-hidden': 'true' }), 'Option chosen'),
    h('li', {}, h('span', { className: 'swatch ending', 'aria-hidden': 'true' }), 'Ending'),
    h('li', {}, h('span', { className: 'swatch stop', 'aria-hidden': 'true' }), 'Left before an ending'),
  );
  return h(
    'section',
    { className: 'pathmap-block', 'aria-labelledby': `pathmap-${view.id}` },
    h('h3', { id: `pathmap-${view.id}` }, 'Path map'),
    h(
      'p',
      { className: 'hint' },
      'Read from left to right: each decision, the options chosen there, then where each option led. The wider a band, the more attempts took it. The map scrolls sideways.',
      map.loops > 0 ? ` ${plural(map.loops, 'step')} that went back to an earlier decision ${map.loops === 1 ? 'is' : 'are'} listed in the table but not drawn.` : '',
    ),
    legend,
    h('div', { className: 'pathmap-scroll', role: 'region', tabindex: '0', 'aria-label': `Path map for ${view.title} (scrolls sideways)` }, svg),
    h(
      'details',
      { className: 'pathmap-table' },
      h('summary', {}, 'The path map as a table'),
      h(
        'div',
        { className: 'table-scroll' },
        h(
          'table',
          {},
          h('caption', {}, `Paths through ${view.title}: after each option, what came next`),
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, 'At the decision'), h('th', { scope: 'col' }, 'Option chosen'), h('th', { scope: 'col' }, 'What came next'), h('th', { scope: 'col', className: 'num' }, 'Attempts')),
          ),
          h(
            'tbody',
            {},
            map.flows.map((f) => h('tr', {}, h('td', {}, f.decisionPrompt), h('th', { scope: 'row' }, f.optionText), h('td', {}, f.nextLabel), h('td', { className: 'num' }, formatCount(f.count)))),
          ),
        ),
      ),
    ),
  );
}

function timingBlock(view: ScenarioView): HTMLElement {
  const timed = view.decisions.filter((d) => d.time);
  const max = Math.max(1, ...timed.map((d) => d.time!.max));
  const pos = (ms: number): string => `${((ms / max) * 100).toFixed(2)}%`;
  return h(
    'section',
    { 'aria-labelledby': `timing-${view.id}` },
    h('h3', { id: `timing-${view.id}` }, 'Time to decide'),
    h('p', { className: 'hint' }, 'From the moment the options appeared to the choice, with pauses left out. Very quick choices can mean confidence or guessing; very slow ones, a hard call. The bar shows the range (line), the middle half of attempts (box) and the median (mark).'),
    h(
      'div',
      { className: 'table-scroll' },
      h(
        'table',
        { className: 'timing' },
        h('caption', { className: 'visually-hidden' }, `Time to decide at each decision in ${view.title}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Decision'),
            h('th', { scope: 'col', className: 'num' }, 'Attempts'),
            h('th', { scope: 'col', className: 'num' }, 'Median'),
            h('th', { scope: 'col', className: 'num' }, 'Middle half'),
            h('th', { scope: 'col', className: 'num' }, 'Quickest'),
            h('th', { scope: 'col', className: 'num' }, 'Slowest'),
            h('th', { scope: 'col', className: 'range-col' }, h('span', { 'aria-hidden': 'true' }, 'Range'), h('span', { className: 'visually-hidden' }, 'Range chart (the numbers are in the columns before it)')),
          ),
        ),
        h(
          'tbody',
          {},
          timed.map((d) => {
            const t = d.time!;
            return h(
              'tr',
              { 'data-decision': d.id },
              h('th', { scope: 'row' }, d.prompt),
              h('td', { className: 'num' }, formatCount(t.n)),
              h('td', { className: 'num' }, formatSeconds(t.median)),
              h('td', { className: 'num' }, `${formatSeconds(t.q1)} – ${formatSeconds(t.q3)}`),
              h('td', { className: 'num' }, formatSeconds(t.min)),
              h('td', { className: 'num' }, formatSeconds(t.max)),
              h(
                'td',
                { className: 'range-col' },
                h(
                  'span',
                  { className: 'range', 'aria-hidden': 'true' },
                  h('span', { className: 'whisker', style: `left:${pos(t.min)};width:calc(${pos(t.max)} - ${pos(t.min)})` }),
                  h('span', { className: 'box', style: `left:${pos(t.q1)};width:calc(${pos(t.q3)} - ${pos(t.q1)})` }),
                  h('span', { className: 'median', style: `left:${pos(t.median)}` }),
                ),
              ),
            );
          }),
        ),
      ),
    ),
  );
}

/** One scenario, as a disclosure (open when it is the only one shown; printing opens them all). */
export function scenarioSection(view: ScenarioView, open: boolean): HTMLElement {
  const headingId = `scenario-${view.id}`;
  const facts = `${plural(view.attempts, 'attempt')}, ${formatCount(view.completed)} finished, ${plural(view.decisions.length, 'decision')}`;
  return h(
    'details',
    { className: 'scenario', 'data-scenario': view.id, open, id: `section-${view.id}` },
    h('summary', {}, h('h2', { id: headingId }, `Scenario: ${view.title}`), h('span', { className: 'scenario-facts' }, facts)),
    view.versions.length > 1 ? h('p', { className: 'hint' }, `These attempts used story versions ${view.versions.join(', ')}; option counts combine them by option id.`) : null,
    h(
      'section',
      { 'aria-labelledby': `endings-${view.id}` },
      h('h3', { id: `endings-${view.id}` }, 'Endings reached'),
      h(
        'table',
        { className: 'endings' },
        h('caption', { className: 'visually-hidden' }, `Endings reached in ${view.title}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Ending'), h('th', { scope: 'col', className: 'num' }, 'Attempts'), h('th', { scope: 'col', className: 'num' }, 'Share'))),
        h(
          'tbody',
          {},
          view.endings.map((e) => h('tr', {}, h('th', { scope: 'row' }, e.title), h('td', { className: 'num' }, formatCount(e.count)), h('td', { className: 'num' }, percent(e.count, view.attempts)))),
          view.noEnding > 0
            ? h('tr', {}, h('th', { scope: 'row' }, 'Did not reach an ending'), h('td', { className: 'num' }, formatCount(view.noEnding)), h('td', { className: 'num' }, percent(view.noEnding, view.attempts)))
            : null,
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': `decisions-${view.id}` },
      h('h3', { id: `decisions-${view.id}` }, 'How the cohort chose at each decision'),
      view.decisions.length > 0 ? view.decisions.map((d, i) => decisionBlock(view.id, d, i)) : h('p', {}, 'No decisions were made in these attempts.'),
    ),
    view.pathMap ? pathMapBlock(view, view.pathMap) : null,
    view.decisions.some((d) => d.time) ? timingBlock(view) : null,
  );
}
