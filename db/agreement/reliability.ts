/**
 * Inter-coder reliability over units judged by several coders, each judgement
 * a nominal value (for Themata: whether a sentence carries a theme). Pure
 * arithmetic, checked against published worked examples.
 *
 * A reliability table has one row per unit and one column per coder; null is
 * a judgement missing (the coder did not judge that unit).
 */
export type Judgement = string | number | boolean;
export type ReliabilityTable = readonly (readonly (Judgement | null)[])[];

/**
 * The share of agreeing pairs of judgements, over every unit judged by at
 * least two coders: for two coders, the share of units they judged alike.
 * Null when no unit has two judgements.
 */
export function percentAgreement(table: ReliabilityTable): number | null {
  let agreeing = 0;
  let pairs = 0;
  for (const unit of table) {
    const values = unit.filter((v): v is Judgement => v !== null);
    for (let i = 0; i < values.length; i += 1) {
      for (let j = i + 1; j < values.length; j += 1) {
        pairs += 1;
        if (values[i] === values[j]) agreeing += 1;
      }
    }
  }
  return pairs === 0 ? null : agreeing / pairs;
}

/**
 * Cohen's kappa for two coders over the units both judged: observed agreement
 * beyond what each coder's own proportions would give by chance. Null when
 * chance agreement is already complete (both coders gave one and the same
 * value throughout), where kappa is 0/0, or when no unit was judged by both.
 */
export function cohensKappa(table: ReliabilityTable): number | null {
  const pairs = table.filter((unit) => unit.length >= 2 && unit[0] !== null && unit[1] !== null) as readonly (readonly Judgement[])[];
  const n = pairs.length;
  if (n === 0) return null;
  const first = new Map<Judgement, number>();
  const second = new Map<Judgement, number>();
  let observed = 0;
  for (const [a, b] of pairs) {
    if (a === b) observed += 1;
    first.set(a!, (first.get(a!) ?? 0) + 1);
    second.set(b!, (second.get(b!) ?? 0) + 1);
  }
  let chance = 0;
  for (const [value, count] of first) chance += (count / n) * ((second.get(value) ?? 0) / n);
  if (chance === 1) return null;
  return (observed / n - chance) / (1 - chance);
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing
 * judgements allowed: 1 - observed disagreement / expected disagreement, from
 * the coincidence matrix of the pairable values (units with at least two
 * judgements). Null when the pairable values show no variation at all, where
 * alpha is 0/0.
 */
export function krippendorffsAlpha(table: ReliabilityTable): number | null {
  // Coincidences: each ordered pair of values from different coders in a unit, weighted 1 / (m_u - 1).
  const coincidences = new Map<Judgement, Map<Judgement, number>>();
  const add = (c: Judgement, k: Judgement, weight: number) => {
    let row = coincidences.get(c);
    if (!row) coincidences.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + weight);
  };
  for (const unit of table) {
    const values = unit.filter((v): v is Judgement => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i += 1) for (let j = 0; j < m; j += 1) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<Judgement, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidences) {
    for (const [k, weight] of row) {
      totals.set(c, (totals.get(c) ?? 0) + weight);
      n += weight;
      if (c !== k) disagreeing += weight;
    }
  }
  if (n <= 1) return null;
  let expected = 0;
  const values = [...totals];
  for (const [c, nc] of values) for (const [k, nk] of values) if (c !== k) expected += nc * nk;
  if (expected === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expected;
}
