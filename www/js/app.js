// Tierlab's page: the entry point. It reads the link, sets the language, and starts one of
// two views over the shared session (session.js): the full page (full-page.js) or, with
// `?embed=1`, the embedded view (embedded.js).

import { initLanguage, t, translateStatic } from './i18n.js';
import { readParams, setAsideLongLink, store, KEYS, parseScenarioText } from './state.js';
import { initialTabs, refuseLongLink } from './startup.js';
import { DEFAULT_SCENARIO } from './example-programme.js';
import { clone } from './paths.js';
import { installTooltips } from './tooltip.js';
import { notice } from './notices.js';
import { app, engine, setStatus, updateRunButton, updateTitle } from './session.js';
import { fullPage } from './full-page.js';
import { embeddedView } from './embedded.js';

const params = readParams();
initLanguage(params.lang);
// Before the workers and the WASM load: a link too long to be one is refused on its length.
const refusal = setAsideLongLink(params);

async function start() {
  document.body.classList.toggle('embed', params.embed);
  document.body.classList.toggle('full', !params.embed);
  installTooltips();
  translateStatic();
  const view = params.embed ? embeddedView(params) : fullPage();
  if (refusal) refuseLongLink(refusal, notice);
  try {
    await engine.ready;
  } catch (e) {
    app.engineOk = false;
    // Without the engine nothing can be checked: keep the last scenario the page saved.
    const text = store.get(KEYS.current);
    const parsed = text ? parseScenarioText(text) : { ok: false };
    app.scenario = clone(parsed.ok ? parsed.scenario : DEFAULT_SCENARIO);
    view.withoutEngine();
    updateTitle();
    updateRunButton();
    setStatus(t('run.engineFailed', { message: e.message }), 'error');
    document.body.classList.remove('booting');
    return;
  }
  const first = await initialTabs(engine, params, notice, { refused: Boolean(refusal), embed: params.embed });
  if (first.refused) document.body.dataset.refused = 'url';
  app.scenario = first.tabs.entries[first.tabs.active].scenario;
  await view.start(first);
}

start();
