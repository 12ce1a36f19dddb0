/** Settings: text size, contrast, motion, text reveal, volume and mute. Remembered in this browser. */
import type { AppContext } from './app.ts';
import { h } from './dom.ts';
import { showModal } from './modal.ts';
import type { Settings } from '../schemas/settings.ts';

function radios<K extends keyof Settings>(ctx: AppContext, key: K, legend: string, options: [Settings[K], string][]): HTMLFieldSetElement {
  const name = `setting-${String(key)}`;
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    h(
      'div',
      { className: 'radio-row' },
      options.map(([value, label]) =>
        h(
          'label',
          {},
          h('input', {
            type: 'radio',
            name,
            value: String(value),
            checked: ctx.settings[key] === value,
            onchange: () => ctx.updateSettings({ [key]: value } as Partial<Settings>),
          }),
          label,
        ),
      ),
    ),
  );
}

export function openSettings(ctx: AppContext, opener: HTMLElement): void {
  showModal(
    (close) => {
      const volume = h('input', {
        type: 'range',
        id: 'setting-volume',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(ctx.settings.volume * 100),
        'aria-valuetext': `${Math.round(ctx.settings.volume * 100)} percent`,
      });
      volume.addEventListener('input', () => {
        volume.setAttribute('aria-valuetext', `${volume.value} percent`);
        ctx.updateSettings({ volume: Number(volume.value) / 100 });
      });
      const mute = h('input', { type: 'checkbox', id: 'setting-mute', checked: ctx.settings.muted, onchange: () => ctx.updateSettings({ muted: mute.checked }) });
      return [
        h('h2', { id: 'settings-title', tabindex: '-1' }, 'Settings'),
        h('p', { className: 'hint' }, 'Changes apply straight away and are remembered in this browser.'),
        radios(ctx, 'textSize', 'Text size', [
          ['normal', 'Normal'],
          ['large', 'Large'],
          ['larger', 'Larger'],
          ['largest', 'Largest'],
        ]),
        radios(ctx, 'contrast', 'Colours', [
          ['standard', 'Standard'],
          ['high', 'High contrast'],
        ]),
        radios(ctx, 'motion', 'Movement and transitions', [
          ['system', 'Follow my device'],
          ['reduced', 'Reduce movement'],
          ['full', 'Allow movement'],
        ]),
        radios(ctx, 'textReveal', 'How story text appears', [
          ['instant', 'All at once'],
          ['gradual', 'Line by line'],
        ]),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Sound'),
          h('label', { for: 'setting-volume' }, 'Volume'),
          volume,
          h('label', { className: 'inline' }, mute, ' Mute all sound'),
          h('p', { className: 'hint' }, 'Sounds are always also shown as captions in the story text.'),
        ),
        h('div', { className: 'actions' }, h('button', { type: 'button', onclick: close }, 'Done')),
      ];
    },
    opener,
    'settings-title',
  );
}
