export { type Description, describe } from './describe.js';
export { type DifferenceInterval, differenceInterval, hedgesG, tInterval } from './effect.js';
export { holm } from './holm.js';
export {
  clusteredT,
  type ItemOutcome,
  type ItemPairs,
  itemTest,
  mcnemarExact,
  type PairedOutcome,
  type PairedResult,
  pairedT,
  pairedTest,
  pairItems,
} from './paired.js';
export { itemsForPower, type PowerQuestion, SEEDS_FOR_POWER_CAP, seedsForPower } from './power.js';
export { type StudentResult, studentT } from './student.js';
export { type TailProbabilities, tTails } from './t-tails.js';
export { type WelchResult, welch } from './welch.js';
