// Files out and in: the monthly rows as CSV for Excel (the core writes the CSV with each
// run, in both languages; this picks the page's and adds the UTF-8 byte-order mark), the
// scenario as JSON, and JSON import (size-capped, parsed as data, validated by the caller
// before use).

import { download, safeFileName } from './dom.js';
import { lang } from './i18n.js';
import { LIMITS, parseScenarioText } from './state.js';

/** A CSV text the core wrote, as a file Excel opens: UTF-8 with a byte-order mark. */
export const csvBlob = (text) => new Blob(['\uFEFF', String(text ?? '')], { type: 'text/csv;charset=utf-8' });

/** The run's monthly CSV as the core wrote it ({ en, 'zh-CN' }), in the page's language. */
export function downloadCsv(csvByLanguage, name) {
  download(csvBlob(csvByLanguage?.[lang()]), `${safeFileName(name)}-monthly.csv`);
}

export function downloadJson(scenario) {
  const blob = new Blob([JSON.stringify(scenario, null, 2) + '\n'], { type: 'application/json' });
  download(blob, `${safeFileName(scenario?.name)}.json`);
}

/** A File → { ok, scenario } | { ok: false, reason } (reason: tooBig, unreadable, notJson, notObject). */
export async function readScenarioFile(file) {
  if (!file) return { ok: false, reason: 'unreadable' };
  if (file.size > LIMITS.jsonBytes) return { ok: false, reason: 'tooBig' };
  let text;
  try { text = await file.text(); } catch { return { ok: false, reason: 'unreadable' }; }
  return parseScenarioText(text.replace(/^\uFEFF/, ''));
}
