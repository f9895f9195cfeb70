/**
 * Inter-coder reliability over units judged by several coders, each judgement
 * a nominal value (for Themata: whether a sentence carries a theme). Pure
 * arithmetic, checked against published worked examples.
 *
 * A reliability table has one row per unit and one column per coder; null is
 * a judgement missing (the coder did not judge that unit). A tally is the same
 * table with identical rows counted once: present/absent judgements over
 * thousands of sentences have only a few distinct rows, and every figure
 * depends only on how often each row occurs.
 */
export type Judgement = string | number | boolean;
export type ReliabilityTable = readonly (readonly (Judgement | null)[])[];

/** Distinct rows of a table, each with how many units have it. */
export type Tally = readonly { readonly judgements: readonly (Judgement | null)[]; readonly count: number }[];

/** Every row of a table on its own (count 1), for the figures of a plain table. */
function rowsOf(table: ReliabilityTable): Tally {
  return table.map((judgements) => ({ judgements, count: 1 }));
}

/**
 * The share of agreeing pairs of judgements, over every unit judged by at
 * least two coders: for two coders, the share of units they judged alike.
 * Null when no unit has two judgements.
 */
export function percentAgreement(table: ReliabilityTable): number | null {
  return tallyPercentAgreement(rowsOf(table));
}

export function tallyPercentAgreement(tally: Tally): number | null {
  let agreeing = 0;
  let pairs = 0;
  for (const { judgements, count } of tally) {
    const values = judgements.filter((v): v is Judgement => v !== null);
    for (let i = 0; i < values.length; i += 1) {
      for (let j = i + 1; j < values.length; j += 1) {
        pairs += count;
        if (values[i] === values[j]) agreeing += count;
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
  return tallyCohensKappa(rowsOf(table));
}

export function tallyCohensKappa(tally: Tally): number | null {
  const first = new Map<Judgement, number>();
  const second = new Map<Judgement, number>();
  let n = 0;
  let observed = 0;
  for (const { judgements, count } of tally) {
    const [a, b] = judgements;
    if (judgements.length < 2 || a === null || b === null || a === undefined || b === undefined) continue;
    n += count;
    if (a === b) observed += count;
    first.set(a, (first.get(a) ?? 0) + count);
    second.set(b, (second.get(b) ?? 0) + count);
  }
  if (n === 0) return null;
  let chance = 0;
  for (const [value, c] of first) chance += (c / n) * ((second.get(value) ?? 0) / n);
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
  return tallyKrippendorffsAlpha(rowsOf(table));
}

export function tallyKrippendorffsAlpha(tally: Tally): number | null {
  // Coincidences: each ordered pair of values from different coders in a unit, weighted 1 / (m_u - 1).
  const coincidences = new Map<Judgement, Map<Judgement, number>>();
  const add = (c: Judgement, k: Judgement, weight: number) => {
    let row = coincidences.get(c);
    if (!row) coincidences.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + weight);
  };
  for (const { judgements, count } of tally) {
    const values = judgements.filter((v): v is Judgement => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i += 1) for (let j = 0; j < m; j += 1) if (i !== j) add(values[i]!, values[j]!, count / (m - 1));
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

/** A table's distinct rows, each counted. */
export function tallyOf(table: ReliabilityTable): Tally {
  const rows = new Map<string, { judgements: readonly (Judgement | null)[]; count: number }>();
  for (const judgements of table) {
    const key = JSON.stringify(judgements);
    const row = rows.get(key);
    if (row) row.count += 1;
    else rows.set(key, { judgements, count: 1 });
  }
  return [...rows.values()];
}
