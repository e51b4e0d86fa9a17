// `npm run bench`: every benchmark, each against a floor or a named peer measured in the same run.
// Prints Markdown tables; the README's figures come from here.
import { existsSync } from 'node:fs';
import { benchGate } from './gate.mjs';

const only = process.argv[2];
if (!only || only === 'gate') console.log(`${benchGate()}\n`);
const leakage = new URL('./leakage.mjs', import.meta.url);
if ((!only || only === 'leakage') && existsSync(leakage)) await import(leakage.href);
