export { type Description, describe } from './describe.js';
export { type DifferenceInterval, differenceInterval, hedgesG } from './effect.js';
export { holm } from './holm.js';
export {
  type ItemOutcome,
  mcnemarExact,
  type PairedOutcome,
  type PairedResult,
  pairedT,
  pairedTest,
} from './paired.js';
export { type PowerQuestion, SEEDS_FOR_POWER_CAP, seedsForPower } from './power.js';
export { type TailProbabilities, tTails } from './t-tails.js';
export { type WelchResult, welch } from './welch.js';
