/**
 * The cohort against each framework: a learners × items heatmap (a real table: numbers in every
 * cell, a colour-blind-safe purple–orange scale as a second cue, never the only one) and a table
 * of each item across the cohort.
 */
import { h } from '../../ui/dom.ts';
import type { FrameworkView, HeatCell } from '../types.ts';
import { formatCount, signed } from './format.ts';

/** Bucket for the colour scale; the number in the cell always says the value. */
export function heatClass(cell: HeatCell | null): string {
  if (!cell) return 'heat-none';
  const v = cell.mean;
  if (v <= -2) return 'heat-n3';
  if (v <= -1) return 'heat-n2';
  if (v < 0) return 'heat-n1';
  if (v === 0) return 'heat-0';
  if (v < 1) return 'heat-p1';
  if (v < 2) return 'heat-p2';
  return 'heat-p3';
}

function legend(): HTMLElement {
  const steps: [string, string][] = [
    ['heat-n3', '−2 or lower'],
    ['heat-n2', '−1 to −2'],
    ['heat-n1', 'between −1 and 0'],
    ['heat-0', '0'],
    ['heat-p1', 'between 0 and +1'],
    ['heat-p2', '+1 to +2'],
    ['heat-p3', '+2 or higher'],
    ['heat-none', 'no choice touched it'],
  ];
  return h(
    'ul',
    { className: 'legend heat-legend', 'aria-label': 'Colour key for the heatmap' },
    steps.map(([cls, label]) => h('li', {}, h('span', { className: `swatch ${cls}`, 'aria-hidden': 'true' }), label)),
  );
}

export function frameworkSection(fw: FrameworkView): HTMLElement {
  const id = `framework-${fw.id}`;
  return h(
    'section',
    { className: 'framework', 'aria-labelledby': id },
    h('h3', { id }, fw.name),
    h(
      'div',
      { className: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': `${id}-heat-caption` },
      h(
        'table',
        { className: 'heatmap' },
        h('caption', { id: `${id}-heat-caption` }, `${fw.name}: each learner's average per attempt, by item`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Learner'),
            h('th', { scope: 'col', className: 'num' }, 'Attempts'),
            fw.items.map((item) => h('th', { scope: 'col', className: 'num item' }, h('abbr', { title: item.title }, item.code))),
          ),
        ),
        h(
          'tbody',
          {},
          fw.rows.map((row) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, row.learner),
              h('td', { className: 'num' }, formatCount(row.attempts)),
              row.cells.map((cell) =>
                h(
                  'td',
                  { className: `num heat ${heatClass(cell)}`, title: cell ? `${signed(cell.mean, 1)} per attempt over ${cell.attempts} attempt${cell.attempts === 1 ? '' : 's'} (total ${signed(cell.total)})` : 'No choice touched this item' },
                  cell ? signed(cell.mean, 1) : [h('span', { 'aria-hidden': 'true' }, '·'), h('span', { className: 'visually-hidden' }, 'none')],
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    legend(),
    h(
      'div',
      { className: 'table-scroll' },
      h(
        'table',
        { className: 'item-summary' },
        h('caption', {}, `${fw.name}: each item across the cohort`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Item'),
            h('th', { scope: 'col' }, 'What it asks'),
            h('th', { scope: 'col', className: 'num' }, 'Learners'),
            h('th', { scope: 'col', className: 'num' }, 'Average'),
            h('th', { scope: 'col', className: 'num' }, 'Lowest'),
            h('th', { scope: 'col', className: 'num' }, 'Highest'),
            h('th', { scope: 'col', className: 'num' }, 'Choices for'),
            h('th', { scope: 'col', className: 'num' }, 'Choices against'),
          ),
        ),
        h(
          'tbody',
          {},
          fw.summary.map((i) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, i.code),
              h('td', {}, i.title),
              h('td', { className: 'num' }, formatCount(i.learners)),
              h('td', { className: 'num' }, signed(i.mean, 1)),
              h('td', { className: 'num' }, signed(i.min, 1)),
              h('td', { className: 'num' }, signed(i.max, 1)),
              h('td', { className: 'num' }, formatCount(i.positive)),
              h('td', { className: 'num' }, formatCount(i.negative)),
            ),
          ),
        ),
      ),
    ),
  );
}
