import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { InputError } from '../core/errors.js';
import { httpStatus } from './errors.js';

/**
 * The slice of an Octokit that Sprintlab uses. Probot's context.octokit and the client made here
 * both satisfy it, so the github layer serves the app, the Action and the CLI alike.
 */
export type GitHub = Pick<Octokit, 'rest' | 'graphql' | 'request' | 'paginate'>;

/** The environment variable that caps how long a primary rate limit is waited out, in seconds. */
export const RATE_LIMIT_WAIT_ENV = 'SPRINTLAB_RATE_LIMIT_MAX_WAIT';
const DEFAULT_MAX_WAIT_SECONDS = 300;

/** The hourly rate limit resets later than Sprintlab is willing to wait: the run ends instead of hanging. */
export class RateLimitWaitTooLong extends Error {
  override readonly name = 'RateLimitWaitTooLong';
  constructor(
    readonly resetAt: Date,
    readonly maxWaitSeconds: number,
  ) {
    const minutes = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 60_000));
    super(
      `GitHub's API rate limit for this token is used up until ${resetAt.toISOString().slice(11, 16)} UTC ` +
        `(${minutes} minutes away), longer than the ${Math.round(maxWaitSeconds)}-second wait allowed by ` +
        `${RATE_LIMIT_WAIT_ENV}. Run again after the reset, or raise ${RATE_LIMIT_WAIT_ENV}.`,
    );
  }
}

/** The wait cap from the environment; a value that is not a non-negative number is an input error. */
export function maxRateLimitWait(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[RATE_LIMIT_WAIT_ENV]?.trim();
  if (!raw) return DEFAULT_MAX_WAIT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new InputError(`"${raw}" is not a number of seconds`, {
      field: RATE_LIMIT_WAIT_ENV,
      fix: `set ${RATE_LIMIT_WAIT_ENV} to the longest wait for a rate limit reset, in seconds (default ${DEFAULT_MAX_WAIT_SECONDS})`,
    });
  return seconds;
}

/** When a primary (hourly) rate limit error says the limit resets, or undefined for any other error. */
export function primaryRateLimitReset(error: unknown): Date | undefined {
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return undefined;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response
    ?.headers;
  if (headers?.['x-ratelimit-remaining'] !== '0') return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) ? new Date(reset * 1000) : undefined;
}

/** Turns the 403 of a limit that resets too far away into one clear error (the throttle declined to wait). */
const rateLimitCap: Parameters<typeof Octokit.plugin>[number] = (octokit, options) => {
  const cap =
    typeof options.maxRateLimitWait === 'number' ? options.maxRateLimitWait : DEFAULT_MAX_WAIT_SECONDS;
  octokit.hook.wrap('request', async (request, opts) => {
    try {
      return await request(opts);
    } catch (error) {
      const reset = primaryRateLimitReset(error);
      if (reset && reset.getTime() - Date.now() > cap * 1000) throw new RateLimitWaitTooLong(reset, cap);
      throw error;
    }
  });
  return {};
};

const SprintlabOctokit = Octokit.plugin(retry, throttling, rateLimitCap);

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  /** Retries after 5xx and rate limits; tests lower the waits. */
  retries?: number;
  userAgent?: string;
  /** The longest wait for a primary rate limit to reset, in seconds; default from the environment. */
  maxRateLimitWait?: number;
}

/** A REST + GraphQL client with retries on 5xx and waits on primary and secondary rate limits. */
export function createGitHub({
  token,
  baseUrl,
  retries = 3,
  userAgent = 'sprintlab',
  maxRateLimitWait: cap = maxRateLimitWait(),
}: ClientOptions): GitHub {
  return new SprintlabOctokit({
    auth: token,
    baseUrl: baseUrl ?? 'https://api.github.com',
    userAgent,
    // Failed requests surface as errors that the caller handles (a 404 can be an answer); no log noise.
    log: { debug: () => {}, info: () => {}, warn: console.warn, error: () => {} },
    retry: { retries },
    maxRateLimitWait: cap,
    throttle: {
      onRateLimit: (after, _options, _octokit, retryCount) => after <= cap && retryCount < retries,
      onSecondaryRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries,
    },
  });
}
