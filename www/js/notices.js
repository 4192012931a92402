// The notices in the corner of the page: a sentence, an optional action (Undo…) and a
// close button; at most four at once, errors until closed, the others for six seconds.
// Not for: a run's status line or a field's problem (app.js, editor.js).

import { $, h } from './dom.js';
import { t } from './i18n.js';

/** Shows a notice; `action` is { label, fn } (the notice goes once it is used). */
export function notice(text, { kind = 'info', action = null, timeout = kind === 'error' ? 0 : 6000 } = {}) {
  const box = $('#notices');
  const el = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('span', { class: 'notice-text', text }),
    action ? h('button', { type: 'button', class: 'btn tiny', on: { click: () => { action.fn(); el.remove(); } } }, action.label) : null,
    h('button', { type: 'button', class: 'icon-btn close', 'aria-label': t('notice.close'), title: t('notice.close'), on: { click: () => el.remove() } }, '×'));
  box.append(el);
  while (box.children.length > 4) box.firstChild.remove();
  if (timeout) setTimeout(() => el.remove(), timeout);
  return el;
}
