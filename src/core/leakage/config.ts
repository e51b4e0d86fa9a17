import { DEFAULT_CONFIG_PATH } from '../contracts.js';
import { InputError } from '../errors.js';
import {
  DEFAULT_NORMALISATION,
  DEFAULT_SETTINGS,
  type LeakageSettings,
  type Normalisation,
} from './settings.js';

/** The `leakage:` section of .github/sprintlab.yml (schemas/sprintlab.config.schema.json). */
export interface LeakageConfig {
  train?: string | string[];
  /** Hash manifests of training data (from "sprintlab leakage manifest"), checked like training files. */
  manifest?: string | string[];
  eval?: string;
  key?: string;
  text?: string;
  /** Jaccard threshold, or false to turn the near-duplicate check off. */
  near_duplicate?: number | false;
  max_ratio?: number;
  normalisation?: Partial<Normalisation>;
  shingle_size?: number;
  num_perms?: number;
  skip_bad_lines?: boolean;
  max_skipped_share?: number;
}

export interface LeakagePlan {
  train: string[];
  eval: string;
  settings: LeakageSettings;
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Resolves a config section (with CLI overrides already merged in) to the inputs and settings of a check. */
export function planLeakageCheck(config: LeakageConfig, source = DEFAULT_CONFIG_PATH): LeakagePlan {
  const train = [...list(config.train), ...list(config.manifest)];
  if (!config.eval) {
    throw new InputError('no eval set given', {
      file: source,
      field: 'leakage.eval',
      fix: 'set leakage.eval (or pass --eval FILE): the file of eval items to look for',
    });
  }
  if (train.length === 0) {
    throw new InputError('no training data given', {
      file: source,
      field: 'leakage.train',
      fix: 'set leakage.train (or pass --train FILE...): training files, or manifests built with "sprintlab leakage manifest"',
    });
  }
  return { train, eval: config.eval, settings: leakageSettings(config, source) };
}

/** The settings part alone (also what "sprintlab leakage manifest" needs). */
export function leakageSettings(config: LeakageConfig, source = DEFAULT_CONFIG_PATH): LeakageSettings {
  const near =
    config.near_duplicate === undefined
      ? DEFAULT_SETTINGS.near_duplicate
      : config.near_duplicate === false
        ? undefined
        : config.near_duplicate;
  const check = (ok: boolean, field: string, problem: string, fix: string) => {
    if (!ok) throw new InputError(problem, { file: source, field: `leakage.${field}`, fix });
  };
  if (near !== undefined)
    check(
      near > 0 && near <= 1,
      'near_duplicate',
      `the threshold ${near} is not in (0, 1]`,
      'use a Jaccard similarity such as 0.8, or "off"',
    );
  const maxRatio = config.max_ratio ?? DEFAULT_SETTINGS.max_ratio;
  check(
    maxRatio >= 0 && maxRatio <= 1,
    'max_ratio',
    `${maxRatio} is not a ratio between 0 and 1`,
    'use 0 (no leakage tolerated) or a small ratio such as 0.001',
  );
  const maxSkipped = config.max_skipped_share ?? DEFAULT_SETTINGS.max_skipped_share;
  check(
    maxSkipped >= 0 && maxSkipped <= 1,
    'max_skipped_share',
    `${maxSkipped} is not a share between 0 and 1`,
    'use 0.01 (the default: at most 1% of training rows may be skipped) or another small share',
  );
  const numPerms = config.num_perms ?? DEFAULT_SETTINGS.num_perms;
  check(
    Number.isInteger(Math.log2(numPerms)) && numPerms >= 16 && numPerms <= 1024,
    'num_perms',
    `${numPerms} is not a power of two between 16 and 1024`,
    'use 128 (the default) or 256',
  );
  const shingle = config.shingle_size ?? DEFAULT_SETTINGS.shingle_size;
  check(
    Number.isInteger(shingle) && shingle >= 1 && shingle <= 32,
    'shingle_size',
    `${shingle} is not an integer between 1 and 32`,
    'use 5 (the default)',
  );
  return {
    ...DEFAULT_SETTINGS,
    normalisation: { ...DEFAULT_NORMALISATION, ...config.normalisation },
    key: config.key ?? DEFAULT_SETTINGS.key,
    text: config.text ?? DEFAULT_SETTINGS.text,
    near_duplicate: near,
    max_ratio: maxRatio,
    num_perms: numPerms,
    shingle_size: shingle,
    skip_bad_lines: config.skip_bad_lines ?? false,
    max_skipped_share: maxSkipped,
  };
}
