// `npm run bench`: every benchmark, each against a floor or a named peer measured in the same run.
// Prints Markdown tables; the README's figures come from here. `npm run bench -- gate` (or leakage)
// runs one of them.
import { benchAdapters } from './adapters.mjs';
import { benchGate } from './gate.mjs';
import { runLeakageBench } from './leakage.mjs';

const only = process.argv[2];
if (!only || only === 'gate') console.log(`${benchGate()}\n`);
if (!only || only === 'leakage') console.log(`Leakage\n\n${await runLeakageBench()}\n`);
if (!only || only === 'adapters') console.log(`${await benchAdapters()}\n`);
