/**
 * The knobs of a leakage check, resolved from `leakage:` in .github/sprintlab.yml and CLI flags.
 * Everything that changes what a hash or signature means is part of `Fingerprinting`, because a
 * manifest built with other fingerprinting settings cannot be compared with this check.
 */

export interface Normalisation {
  /** Unicode NFKC: compatibility forms (full-width letters, ligatures, superscripts) become plain ones. */
  nfkc: boolean;
  /** Unicode case folding (upper-case then lower-case, so "Straße" and "STRASSE" agree). */
  case_fold: boolean;
  /** Every run of whitespace becomes one space; leading and trailing whitespace goes. */
  collapse_whitespace: boolean;
  /** Drop punctuation and symbols (Unicode categories P and S). */
  strip_punctuation: boolean;
}

export interface Fingerprinting {
  normalisation: Normalisation;
  /** Character n-gram size of the near-duplicate shingles. */
  shingle_size: number;
  /** MinHash signature length (bins of one-permutation hashing); a power of two. */
  num_perms: number;
  seed: number;
}

export interface LeakageSettings extends Fingerprinting {
  key: string;
  text: string;
  /** Jaccard threshold for near-duplicates, or undefined when the near-duplicate check is off. */
  near_duplicate: number | undefined;
  /** Largest tolerated ratio of leaked eval items per kind; above it the verdict is fail. */
  max_ratio: number;
  skip_bad_lines: boolean;
  /** Largest share of training rows that --skip-bad-lines may skip before the check fails. */
  max_skipped_share: number;
}

export const DEFAULT_NORMALISATION: Normalisation = {
  nfkc: true,
  case_fold: true,
  collapse_whitespace: true,
  strip_punctuation: false,
};

export const DEFAULT_SETTINGS: LeakageSettings = {
  normalisation: DEFAULT_NORMALISATION,
  shingle_size: 5,
  num_perms: 128,
  seed: 0x5eed1ab,
  key: 'id',
  text: 'text',
  near_duplicate: 0.8,
  max_ratio: 0,
  skip_bad_lines: false,
  max_skipped_share: 0.01,
};

/** Lists how two fingerprinting settings differ, as "name: a vs b" strings (empty when they agree). */
export function fingerprintingDifferences(a: Fingerprinting, b: Fingerprinting): string[] {
  const out: string[] = [];
  for (const k of Object.keys(DEFAULT_NORMALISATION) as (keyof Normalisation)[]) {
    if (a.normalisation[k] !== b.normalisation[k]) {
      out.push(`normalisation.${k}: ${a.normalisation[k]} vs ${b.normalisation[k]}`);
    }
  }
  for (const k of ['shingle_size', 'num_perms', 'seed'] as const) {
    if (a[k] !== b[k]) out.push(`${k}: ${a[k]} vs ${b[k]}`);
  }
  return out;
}
