/** Filters: cohort, scenario, ending, integrity and a date range. Changes apply at once. */
import { h } from '../../ui/dom.ts';
import type { Filter, FilterOptions, IntegrityFilter } from '../types.ts';

function select(id: string, label: string, options: (HTMLOptionElement | HTMLOptGroupElement)[], onChange: (value: string) => void): HTMLElement {
  const el = h('select', { id, name: id }, options);
  el.addEventListener('change', () => onChange(el.value));
  return h('div', { className: 'field' }, h('label', { for: id }, label), el);
}

const opt = (value: string, label: string, selected: boolean): HTMLOptionElement => h('option', { value, selected }, label);

export function filtersForm(options: FilterOptions, filter: Filter, onChange: (patch: Partial<Filter>) => void, onReset: () => void): HTMLElement {
  const all = (v: string | null | undefined): boolean => v === null || v === undefined;
  const byScenario = new Map<string, FilterOptions['endings'][number][]>();
  for (const e of options.endings) byScenario.set(e.scenarioTitle, [...(byScenario.get(e.scenarioTitle) ?? []), e]);
  const from = h('input', { type: 'date', id: 'filter-from', name: 'filter-from', value: filter.from ?? '', min: options.firstDate ?? null, max: options.lastDate ?? null });
  const to = h('input', { type: 'date', id: 'filter-to', name: 'filter-to', value: filter.to ?? '', min: options.firstDate ?? null, max: options.lastDate ?? null });
  from.addEventListener('change', () => onChange({ from: from.value || null }));
  to.addEventListener('change', () => onChange({ to: to.value || null }));
  const form = h(
    'form',
    { className: 'filters', 'aria-labelledby': 'filters-heading' },
    h('h2', { id: 'filters-heading' }, 'Filter the attempts'),
    h('p', { className: 'hint' }, 'Every view below (table, decisions, profile, path map, times, CSV) follows these filters.'),
    h(
      'div',
      { className: 'filter-grid' },
      select(
        'filter-cohort',
        'Cohort',
        [
          opt('*', 'All cohorts', all(filter.cohort)),
          ...options.cohorts.map((c) => opt(c, c, filter.cohort === c)),
          ...(options.noCohort ? [opt('', 'No cohort given', filter.cohort === '')] : []),
        ],
        (v) => onChange({ cohort: v === '*' ? null : v }),
      ),
      select(
        'filter-scenario',
        'Scenario',
        [opt('*', 'All scenarios', all(filter.scenario)), ...options.scenarios.map((s) => opt(s.id, s.title, filter.scenario === s.id))],
        (v) => onChange({ scenario: v === '*' ? null : v }),
      ),
      select(
        'filter-ending',
        'Ending',
        [
          opt('*', 'All endings', all(filter.ending)),
          ...[...byScenario].map(([scenario, endings]) => h('optgroup', { label: scenario }, endings.map((e) => opt(e.value, e.title, filter.ending === e.value)))),
          ...(options.noEnding ? [opt('none', 'Did not reach an ending', filter.ending === 'none')] : []),
        ],
        (v) => onChange({ ending: v === '*' ? null : v }),
      ),
      select(
        'filter-integrity',
        'Integrity',
        [
          opt('all', 'All logs', (filter.integrity ?? 'all') === 'all'),
          opt('verified', 'Intact logs only', filter.integrity === 'verified'),
          opt('flagged', 'Edited logs only', filter.integrity === 'flagged'),
        ],
        (v) => onChange({ integrity: v as IntegrityFilter }),
      ),
      h('div', { className: 'field' }, h('label', { for: 'filter-from' }, 'Started on or after'), from),
      h('div', { className: 'field' }, h('label', { for: 'filter-to' }, 'Started on or before'), to),
    ),
    h('p', { className: 'actions' }, h('button', { type: 'reset', className: 'quiet' }, 'Clear the filters')),
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    onReset();
  });
  return form;
}
