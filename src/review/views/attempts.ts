/** The attempts table: sortable by every column (header buttons with aria-sort), paged, each row replayable. */
import { h } from '../../ui/dom.ts';
import { byCode, byName } from '../aggregate.ts';
import type { AttemptRow } from '../types.ts';
import { formatDateTime, formatDuration, formatCount } from './format.ts';

export type SortKey = 'learner' | 'cohort' | 'scenario' | 'ending' | 'date' | 'duration' | 'decisions' | 'integrity';
export interface SortState {
  readonly key: SortKey;
  readonly dir: 'ascending' | 'descending';
}

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'learner', label: 'Learner' },
  { key: 'cohort', label: 'Cohort' },
  { key: 'scenario', label: 'Scenario' },
  { key: 'ending', label: 'Ending' },
  { key: 'date', label: 'Started' },
  { key: 'duration', label: 'Duration', numeric: true },
  { key: 'decisions', label: 'Decisions', numeric: true },
  { key: 'integrity', label: 'Integrity' },
];

const text = (a: string | null | undefined): string => a ?? '';

function compare(a: AttemptRow, b: AttemptRow, key: SortKey): number {
  switch (key) {
    case 'learner':
      return byName(text(a.learner), text(b.learner));
    case 'cohort':
      return byName(text(a.cohort), text(b.cohort));
    case 'scenario':
      return byName(a.scenarioTitle, b.scenarioTitle);
    case 'ending':
      return byName(text(a.ending?.title), text(b.ending?.title));
    case 'date':
      return byCode(a.startedAt, b.startedAt);
    case 'duration':
      return (a.durationMs ?? -1) - (b.durationMs ?? -1);
    case 'decisions':
      return a.decisions - b.decisions;
    case 'integrity':
      return Number(a.integrity.ok) - Number(b.integrity.ok);
  }
}

export function sortRows(rows: readonly AttemptRow[], sort: SortState): AttemptRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key) || byCode(a.startedAt, b.startedAt) || byCode(a.id, b.id));
}

export function integrityLabel(row: AttemptRow): string {
  return row.integrity.ok ? 'Intact' : 'Edited after export';
}

export interface AttemptsTableOptions {
  readonly rows: readonly AttemptRow[];
  readonly total: number;
  readonly sort: SortState;
  readonly limit: number;
  onSort(key: SortKey): void;
  onShowAll(): void;
  onReplay(id: string, opener: HTMLElement): void;
}

export function attemptsTable(o: AttemptsTableOptions): HTMLElement {
  const sorted = sortRows(o.rows, o.sort);
  const visible = sorted.slice(0, o.limit);
  const active = COLUMNS.find((c) => c.key === o.sort.key)!;
  const head = h(
    'tr',
    {},
    COLUMNS.map((c) => {
      const isActive = c.key === o.sort.key;
      return h(
        'th',
        { scope: 'col', className: c.numeric ? 'num' : null, 'aria-sort': isActive ? o.sort.dir : null },
        h(
          'button',
          { type: 'button', className: 'sort', 'data-sort': c.key, onclick: () => o.onSort(c.key) },
          c.label,
          h('span', { className: 'sort-mark', 'aria-hidden': 'true' }, isActive ? (o.sort.dir === 'ascending' ? '▲' : '▼') : '↕'),
        ),
      );
    }),
    h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, 'Replay')),
  );
  const body = h(
    'tbody',
    {},
    visible.map((r) =>
      h(
        'tr',
        { className: r.integrity.ok ? null : 'edited', 'data-attempt': r.id },
        h('th', { scope: 'row' }, r.learner ?? h('span', { className: 'muted' }, 'no learner id')),
        h('td', { className: 'id' }, r.cohort ?? h('span', { className: 'muted' }, '—')),
        h('td', { className: 'text' }, r.scenarioTitle),
        h('td', { className: 'text ending' }, r.ending ? r.ending.title : h('span', { className: 'muted' }, r.status === 'completed' ? 'Ended without a named ending' : 'Did not reach an ending')),
        h('td', { className: 'date' }, h('time', { datetime: r.startedAt }, formatDateTime(r.startedAt))),
        h('td', { className: 'num nowrap' }, formatDuration(r.durationMs)),
        h('td', { className: 'num' }, r.decisions),
        h(
          'td',
          {},
          r.integrity.ok
            ? h('span', { className: 'status ok' }, 'Intact')
            : h('span', { className: 'status edited', title: r.integrity.message }, h('span', { 'aria-hidden': 'true' }, '⚠ '), 'Edited', h('span', { className: 'visually-hidden' }, ' after export')),
          r.copies > 1 ? h('span', { className: 'hint block' }, `${r.copies} copies merged`) : null,
        ),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'secondary small',
              'aria-label': `Replay the attempt by ${r.learner ?? 'no learner id'}, ${r.scenarioTitle}, ${formatDateTime(r.startedAt)}`,
              onclick: (e: Event) => o.onReplay(r.id, e.currentTarget as HTMLElement),
            },
            'Replay',
          ),
        ),
      ),
    ),
  );
  const caption = `Attempts: ${formatCount(o.rows.length)} shown of ${formatCount(o.total)} loaded, sorted by ${active.label.toLowerCase()} (${o.sort.dir}). Choose a column heading to sort by it.`;
  return h(
    'div',
    {},
    h(
      'div',
      { className: 'table-scroll', role: 'region', 'aria-labelledby': 'attempts-caption', tabindex: '0' },
      h('table', { className: 'attempts' }, h('caption', { id: 'attempts-caption' }, caption), h('thead', {}, head), body),
    ),
    sorted.length > visible.length
      ? h(
          'p',
          { className: 'actions no-print' },
          h('span', {}, `Showing the first ${formatCount(visible.length)} of ${formatCount(sorted.length)}. `),
          h('button', { type: 'button', className: 'secondary', onclick: o.onShowAll }, `Show all ${formatCount(sorted.length)} attempts`),
        )
      : null,
  );
}
