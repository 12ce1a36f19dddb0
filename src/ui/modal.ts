/** A native <dialog> shown modally: focus moves in, Escape closes, focus returns to the opener. */
import { h } from './dom.ts';

export function showModal(content: (close: () => void) => HTMLElement[], opener: HTMLElement | null, labelledBy: string, onClose?: () => void): HTMLDialogElement {
  const dialog = h('dialog', { 'aria-labelledby': labelledBy });
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    onClose?.();
    opener?.focus();
  };
  dialog.append(...content(close));
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  document.body.appendChild(dialog);
  dialog.showModal();
  const focusTarget = dialog.querySelector<HTMLElement>('[autofocus], h2[tabindex]') ?? dialog.querySelector<HTMLElement>('button');
  focusTarget?.focus();
  return dialog;
}
