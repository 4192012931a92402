// A segment's behaviour in both forms, so the editor can show the other beside the one
// being edited. The same mapping as src/behaviour/mod.rs (PlannerBehaviour::to_model and
// BehaviourModel::to_planner); the WASM stays the authority when the scenario runs.

export const WEEKS_PER_MONTH = 365.25 / 12 / 7;
export const DROPOUT_CONCENTRATION = 3.2;
export const SPEND_RATE_SHAPE = 4.0;

const ok = (...xs) => xs.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Planner form → { purchases: { r, alpha, a, b }, spend: { p, q, gamma } } (null if not computable). */
export function toModel(b) {
  const { purchases_per_month: ppm, purchase_rate_spread: spread, lost_per_year: lost, average_order_value: aov, order_value_spread: ovs } = b || {};
  if (!ok(ppm, spread, lost, aov, ovs) || ppm <= 0 || spread <= 0 || ovs <= 0 || lost < 0 || lost >= 1) return null;
  const meanRate = ppm / WEEKS_PER_MONTH;
  const r = 1 / (spread * spread);
  const meanP = 1 - Math.pow(1 - lost, 1 / (12 * ppm));
  const p = 1 / (ovs * ovs);
  const q = SPEND_RATE_SHAPE;
  return {
    purchases: { r, alpha: r / meanRate, a: meanP * DROPOUT_CONCENTRATION, b: (1 - meanP) * DROPOUT_CONCENTRATION },
    spend: { p, q, gamma: (aov * (q - 1)) / p },
  };
}

/** Model form → planner form (null if not computable). */
export function toPlanner(m) {
  const { r, alpha, a, b } = (m && m.purchases) || {};
  const { p, q, gamma } = (m && m.spend) || {};
  if (!ok(r, alpha, a, b, p, q, gamma) || r <= 0 || alpha <= 0 || a + b <= 0 || p <= 0 || q <= 1) return null;
  const ppm = (r / alpha) * WEEKS_PER_MONTH;
  const meanP = a / (a + b);
  return {
    purchases_per_month: ppm,
    purchase_rate_spread: 1 / Math.sqrt(r),
    lost_per_year: 1 - Math.pow(1 - meanP, 12 * ppm),
    average_order_value: (p * gamma) / (q - 1),
    order_value_spread: 1 / Math.sqrt(p),
  };
}

/** Rounds for display and for switching forms (6 significant digits). */
export const round6 = (x) => Number(Number(x).toPrecision(6));

/** The behaviour converted to the other form, for the "switch form" button. */
export function switchForm(behaviour) {
  if (behaviour?.form === 'planner') {
    const m = toModel(behaviour);
    if (!m) return null;
    const r = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round6(v)]));
    return { form: 'model', purchases: r(m.purchases), spend: r(m.spend) };
  }
  const pl = toPlanner(behaviour);
  if (!pl) return null;
  return { form: 'planner', ...Object.fromEntries(Object.entries(pl).map(([k, v]) => [k, round6(v)])) };
}
