// Generates the leakage benchmark data: a training JSONL of N rows (~300 bytes each) and an eval
// JSONL with planted leaks (same id, same text after case/whitespace changes, near-duplicates).
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32), so every run plants the same leaks. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * xorshift32, for the eval stream: mulberry32 streams from nearby seeds can overlap (its state is a
 * Weyl sequence), which would plant accidental near-duplicates between eval and training rows.
 */
export function xorshift(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

export function vocabulary(random, size = 5000) {
  const words = [];
  for (let i = 0; i < size; i++) {
    const len = 2 + Math.floor(random() * 8);
    let w = '';
    for (let j = 0; j < len; j++) w += String.fromCharCode(97 + Math.floor(random() * 26));
    words.push(w);
  }
  return words;
}

export function sentence(random, words, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(random() * words.length)]);
  return `${out.join(' ')}.`;
}

/** Replaces `k` words: a light edit whose character 5-gram Jaccard stays high. */
export function perturb(random, words, text, k) {
  const parts = text.split(' ');
  for (let i = 0; i < k; i++)
    parts[Math.floor(random() * parts.length)] = words[Math.floor(random() * words.length)];
  return parts.join(' ');
}

const trainText = (random, words) => sentence(random, words, 34 + Math.floor(random() * 10));

async function writeLines(path, count, line) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

/**
 * Writes train-<rows>.jsonl and eval-<evalRows>.jsonl under dir (skipped when present) and returns
 * their paths and the planted leaks: `plant` eval items of each kind.
 */
export async function generateLeakageData(dir, trainRows, evalRows = 50_000, plant = 100) {
  await mkdir(dir, { recursive: true });
  const train = join(dir, `train-${trainRows}.jsonl`);
  const evalPath = join(dir, `eval-${evalRows}-${trainRows}.jsonl`);
  const words = vocabulary(rng(1));
  // Leaks are planted from the first rows of the training file, which every size shares.
  const plantedFrom = (i) => {
    const r = rng(1000 + i);
    return trainText(r, words);
  };
  if (!existsSync(train)) {
    await writeLines(train, trainRows, (i) => {
      const text = i < 3 * plant ? plantedFrom(i) : trainText(rng(1_000_000 + i), words);
      return JSON.stringify({
        id: `tr-${i}`,
        text,
        source: 'web',
        lang: 'en',
        quality: Math.round(rng(i)() * 1000) / 1000,
      });
    });
  }
  if (!existsSync(evalPath)) {
    const random = xorshift(7);
    await writeLines(evalPath, evalRows, (i) => {
      if (i < plant) return JSON.stringify({ id: `tr-${i}`, text: sentence(random, words, 12) });
      if (i < 2 * plant) {
        const t = plantedFrom(i);
        return JSON.stringify({ id: `q-${i}`, text: `  ${t.toUpperCase().replace(/ /g, '  ')}\t` });
      }
      if (i < 3 * plant)
        return JSON.stringify({ id: `q-${i}`, text: perturb(random, words, plantedFrom(i), 2) });
      return JSON.stringify({ id: `q-${i}`, text: sentence(random, words, 10 + Math.floor(random() * 30)) });
    });
  }
  return { train, eval: evalPath, trainBytes: statSync(train).size, planted: plant };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 100_000);
  console.log(await generateLeakageData(join(import.meta.dirname, 'data'), rows));
}
