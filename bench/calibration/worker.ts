// One scenario per worker thread, so the calibration run uses both cores.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { simulate } from './scenarios.js';
import { SCENARIOS } from './table.js';

export { renderTable, SCENARIOS } from './table.js';

if (!isMainThread && parentPort) {
  const { index, runs } = workerData as { index: number; runs: number };
  parentPort.postMessage(simulate(SCENARIOS[index]!, runs, index + 1));
}
