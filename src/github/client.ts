import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/**
 * The slice of an Octokit that Sprintlab uses. Probot's context.octokit and the client made here
 * both satisfy it, so the github layer serves the app, the Action and the CLI alike.
 */
export type GitHub = Pick<Octokit, 'rest' | 'graphql' | 'request' | 'paginate'>;

const SprintlabOctokit = Octokit.plugin(retry, throttling);

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  /** Retries after 5xx and rate limits; tests lower the waits. */
  retries?: number;
  userAgent?: string;
}

/** A REST + GraphQL client with retries on 5xx and waits on primary and secondary rate limits. */
export function createGitHub({
  token,
  baseUrl,
  retries = 3,
  userAgent = 'sprintlab',
}: ClientOptions): GitHub {
  return new SprintlabOctokit({
    auth: token,
    baseUrl: baseUrl ?? 'https://api.github.com',
    userAgent,
    // Failed requests surface as errors that the caller handles (a 404 can be an answer); no log noise.
    log: { debug: () => {}, info: () => {}, warn: console.warn, error: () => {} },
    retry: { retries },
    throttle: {
      onRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries,
      onSecondaryRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries,
    },
  });
}
