// One floating tooltip for every ⓘ in the page (positioned with CSSOM, so it is never
// clipped by a scrolling panel and needs no inline style in markup).

import { h } from './dom.js';

let tip = null;

function show(target) {
  const text = target.dataset.tip;
  if (!text) return;
  if (!tip) {
    tip = h('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip' });
    document.body.append(tip);
  }
  tip.textContent = text;
  tip.classList.add('shown');
  const r = target.getBoundingClientRect();
  const w = Math.min(320, window.innerWidth - 16);
  tip.style.maxWidth = `${w}px`;
  const tr = tip.getBoundingClientRect();
  let left = r.left + r.width / 2 - tr.width / 2;
  left = Math.max(8, Math.min(left, window.innerWidth - tr.width - 8));
  let top = r.bottom + 8;
  if (top + tr.height > window.innerHeight - 8) top = r.top - tr.height - 8;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(Math.max(8, top))}px`;
  target.setAttribute('aria-describedby', 'tooltip');
}

function hide(target) {
  tip?.classList.remove('shown');
  target?.removeAttribute?.('aria-describedby');
}

export function installTooltips() {
  const find = (e) => (e.target instanceof Element ? e.target.closest('[data-tip]') : null);
  document.addEventListener('mouseover', (e) => { const el = find(e); if (el) show(el); });
  document.addEventListener('mouseout', (e) => { const el = find(e); if (el) hide(el); });
  document.addEventListener('focusin', (e) => { const el = find(e); if (el) show(el); });
  document.addEventListener('focusout', (e) => { const el = find(e); if (el) hide(el); });
  document.addEventListener('scroll', () => hide(null), true);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(null); });
}
