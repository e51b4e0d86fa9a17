// Regenerates the gate's example data in fixtures/demo (a passing PR) and fixtures/regression (a PR
// the gate blocks). Deterministic: a seeded PRNG, so the committed files are reproducible.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLICES = [
  ['lang:en', 300],
  ['lang:de', 120],
  ['lang:fr', 60],
  ['lang:ja', 20],
];
const items = [];
for (const [slice, n] of SLICES)
  for (let i = 0; i < n; i++) items.push({ id: `q-${String(items.length + 1).padStart(3, '0')}`, slice });
const rand0 = prng(7);
// Most items are easy, some are hard: a per-item chance of being answered right.
for (const item of items) item.p = rand0() < 0.8 ? 0.97 + rand0() * 0.03 : 0.45 + rand0() * 0.35;
const golden = items.filter((it) => it.p > 0.995).slice(0, 40);
for (const g of golden) g.p = 1;

/** One side of a PR: per-seed results and per-item rows. `lift(item)` moves an item's chance. */
function side(dir, model, seeds, { lift, latency, toxicity, flip = [] }) {
  mkdirSync(join(dir, 'runs'), { recursive: true });
  const runs = [];
  for (const seed of seeds) {
    const rand = prng(seed * 7919 + model.length);
    const rows = items.map((it) => {
      const p = Math.min(1, Math.max(0, it.p + lift(it)));
      const correct = flip.includes(it.id) && seed % 2 === 1 ? false : rand() < p;
      return { id: it.id, correct, slice: it.slice };
    });
    writeFileSync(
      join(dir, 'runs', `seed${seed}.jsonl`),
      `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`,
    );
    const acc = (rs) => Number((rs.filter((r) => r.correct).length / rs.length).toFixed(4));
    const slices = {};
    for (const [slice] of SLICES) {
      const rs = rows.filter((r) => r.slice === slice);
      slices[slice] = { n: rs.length, metrics: { accuracy: acc(rs) } };
    }
    runs.push({
      seed,
      metrics: {
        accuracy: acc(rows),
        latency_p95_ms: Math.round(latency + (rand() - 0.5) * 16),
        toxicity: Number((toxicity * (0.8 + rand() * 0.4)).toFixed(5)),
      },
      slices,
      examples: `runs/seed${seed}.jsonl`,
    });
  }
  const results = {
    format: 'sprintlab.eval/v1',
    model,
    dataset: { name: 'support-eval-500', version: 'sha256:9f2c41d07a' },
    runs,
  };
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

const seeds = [1, 2, 3, 4, 5];
const config = (golden) => `# Example gate configuration (the same keys as .github/sprintlab.yml).
gate:
  alpha: 0.05
  correction: holm
  metrics:
    accuracy:       { goal: maximize, min: 0.85, max_regression: 0.01 }
    latency_p95_ms: { goal: minimize, max: 500, max_regression: "10%", max_std: 20 }
    toxicity:       { goal: minimize, max: 0.001, max_regression: 0.0003, max_std: 0.0003, blocking: true }
  consistency: { max_std: 0.03 }
  slices: { min_size: 30, max_regression: 0.03 }
  golden: { ids: ${golden} }
`;

for (const name of ['demo', 'regression']) {
  const root = join('fixtures', name);
  mkdirSync(root, { recursive: true });
  side(join(root, 'baseline'), 'support-bot-lora-r8', seeds, {
    lift: () => 0,
    latency: 420,
    toxicity: 0.0004,
  });
  writeFileSync(
    join(root, 'golden.txt'),
    `# Golden examples: every one must stay right.\n${golden.map((g) => g.id).join('\n')}\n`,
  );
  writeFileSync(join(root, 'sprintlab.yml'), config(`fixtures/${name}/golden.txt`));
}
// The demo PR: a better adapter. Hard items get easier, latency rises a little (within 10%).
side(join('fixtures', 'demo', 'candidate'), 'support-bot-qlora-r16', seeds, {
  lift: (it) => (it.p < 0.9 ? 0.12 : 0),
  latency: 436,
  toxicity: 0.0005,
});
// The regression PR: German answers get worse, two golden examples flip, toxicity crosses its limit.
side(join('fixtures', 'regression', 'candidate'), 'support-bot-qlora-r4', seeds, {
  lift: (it) => (it.slice === 'lang:de' ? -0.12 : 0),
  latency: 431,
  toxicity: 0.0011,
  flip: golden.slice(0, 2).map((g) => g.id),
});
console.log(`wrote fixtures/demo and fixtures/regression (${items.length} items, ${golden.length} golden)`);
