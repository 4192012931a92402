// The charts the WASM draws (SVG text, one per chart, each rooted at
// <svg class="tierlab-chart" data-chart="ID">). They are parsed as SVG with DOMParser and
// imported — never assigned as HTML — after dropping anything active, and each gets SVG
// and PNG downloads (PNG drawn from the SVG on an offscreen canvas).

import { h, clear, icon, download, safeFileName } from './dom.js';
import { t, has, lang } from './i18n.js';

const SVGNS = 'http://www.w3.org/2000/svg';

/** Parses chart SVG text into an element for this document, or null if it is not SVG. */
export function parseSvg(text) {
  if (typeof text !== 'string' || text.length > 5_000_000) return null;
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (!svg || svg.namespaceURI !== SVGNS || svg.localName !== 'svg' || doc.querySelector('parsererror')) return null;
  // Defence in depth: our WASM escapes its text, but nothing active may come in anyway.
  for (const el of svg.querySelectorAll('script, foreignObject, iframe, object, embed, use, image, a, animate, set')) el.remove();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name.endsWith('href')) el.removeAttribute(attr.name);
    }
  }
  const width = parseFloat(svg.getAttribute('width'));
  const height = parseFloat(svg.getAttribute('height'));
  if (!svg.getAttribute('viewBox') && width > 0 && height > 0) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const imported = document.importNode(svg, true);
  imported.setAttribute('data-width', String(width || 800));
  imported.setAttribute('data-height', String(height || 480));
  imported.removeAttribute('width');
  imported.removeAttribute('height');
  imported.setAttribute('role', 'img');
  return imported;
}

/** The chart's heading: its <title>/first text in the SVG if any, else a known name, else its id. */
function titleOf(id, svg) {
  if (has(`chart.${id}`)) return t(`chart.${id}`);
  const title = svg?.querySelector('title')?.textContent?.trim();
  return title || id.replace(/[_-]+/g, ' ');
}

/** Draws the SVG text onto a canvas (2× for sharpness) and resolves a PNG blob. */
export function svgToPng(svgText, width, height, scale = 2) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
      } catch (e) {
        reject(e);
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the SVG could not be drawn')); };
    img.src = url;
  });
}

/** The SVG text of a chart made standalone (namespace, size) for download. */
function standalone(text, width, height) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  svg.setAttribute('xmlns', SVGNS);
  if (!svg.getAttribute('width')) svg.setAttribute('width', String(width));
  if (!svg.getAttribute('height')) svg.setAttribute('height', String(height));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/**
 * In place of charts the WASM drew in the other language: a note that says so, and a
 * button that draws them again in the page's language (by `again()`).
 */
function otherLanguageNote(again, redrawing) {
  return h('div', { class: 'banner language-note', 'data-language-note': '', role: 'status' },
    h('span', { text: t(redrawing ? 'charts.redrawing' : 'charts.otherLanguage') }),
    again && !redrawing ? h('button', { type: 'button', class: 'btn small', 'data-action': 'redraw', on: { click: () => again() } }, icon('play'), h('span', { text: t('charts.redraw') })) : null);
}

/**
 * Fills `root` with a card per chart. `charts` is the run's [[id, svg], …]; `only`, if
 * given, keeps those ids in that order. `baseName` names the downloaded files. Charts
 * `drawnIn` another language than the page's are not shown: a note offers `again()`, or
 * says they are being drawn again (`redrawing`).
 */
export function renderCharts(root, charts, { only = null, baseName = 'tierlab', downloads = true, drawnIn = null, again = null, redrawing = false } = {}) {
  clear(root);
  if (drawnIn && drawnIn !== lang()) {
    root.append(otherLanguageNote(again, redrawing));
    return;
  }
  let list = Array.isArray(charts) ? charts.filter((c) => Array.isArray(c) && typeof c[0] === 'string') : [];
  if (only && only.length) list = only.map((id) => list.find((c) => c[0] === id)).filter(Boolean);
  for (const [id, text] of list) {
    const svg = parseSvg(text);
    const width = Number(svg?.getAttribute('data-width')) || 800;
    const height = Number(svg?.getAttribute('data-height')) || 480;
    const title = titleOf(id, svg);
    if (svg) svg.setAttribute('aria-label', title);
    const file = `${safeFileName(baseName)}-${safeFileName(id, 'chart')}`;
    const tools = downloads ? h('div', { class: 'chart-tools' },
      h('button', { type: 'button', class: 'btn tiny', 'data-download': 'svg', title: t('charts.svgTitle'),
        on: { click: () => download(new Blob([standalone(text, width, height)], { type: 'image/svg+xml' }), `${file}.svg`) } },
      icon('download'), t('charts.svg')),
      h('button', { type: 'button', class: 'btn tiny', 'data-download': 'png', title: t('charts.pngTitle'),
        on: { click: async (e) => {
          const btn = e.currentTarget;
          btn.disabled = true;
          try { download(await svgToPng(standalone(text, width, height), width, height), `${file}.png`); } catch { /* keep the page */ } finally { btn.disabled = false; }
        } } },
      icon('download'), t('charts.png'))) : null;
    root.append(h('figure', { class: 'chart-card', 'data-chart-card': id },
      h('figcaption', {}, h('span', { class: 'chart-title', text: title }), tools),
      h('div', { class: 'chart-body' }, svg || h('p', { class: 'empty', text: '—' }))));
  }
  return list.map((c) => c[0]);
}
