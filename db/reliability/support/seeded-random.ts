/** Reproducible randomness: every test that draws from it prints its seed, and THEMATA_SEED replays a run. */
export interface Random {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
}

export function seededRandom(seed: number = seedFromEnv()): Random {
  let state = seed >>> 0;
  // mulberry32: tiny, fast and good enough to pick kill moments.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { seed, next, between: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

function seedFromEnv(): number {
  const given = Number(process.env.THEMATA_SEED);
  return Number.isInteger(given) ? given : Date.now() % 2 ** 31;
}
