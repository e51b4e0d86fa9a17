import * as core from '@actions/core';
import { commandSafe, logSafe } from './log.js';

/**
 * What an Action command needs from the runner, behind one interface so commands stay small:
 * inputs as one settings object, outputs, the job summary, and the event.
 */
export interface ActionContext {
  input(name: string): string;
  booleanInput(name: string): boolean;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  /** A log line; one that could read as a workflow command is fenced so the runner ignores it. */
  info(message: string): void;
  /** A report made of untrusted names: always printed inside a one-time stop-commands block. */
  report(text: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  eventName: string;
  eventPath: string | undefined;
  repository: { owner: string; repo: string } | undefined;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  runnerTemp: string;
}

export function runnerContext(): ActionContext {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    input: (name) => core.getInput(name),
    booleanInput: (name) => {
      const value = core.getInput(name).trim().toLowerCase();
      return value === '' ? false : ['true', 'yes', '1', 'on'].includes(value);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    },
    info: (m) => core.info(logSafe(m)),
    report: (text) => core.info(commandSafe(text)),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    eventPath: process.env.GITHUB_EVENT_PATH,
    repository: owner && repo ? { owner, repo } : undefined,
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    graphqlUrl:
      process.env.GITHUB_GRAPHQL_URL ?? `${process.env.GITHUB_API_URL ?? 'https://api.github.com'}/graphql`,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: process.env.RUNNER_TEMP ?? process.cwd(),
  };
}

/** An Action command returns the exit code it wants; `fail` verdicts return 1. */
export type ActionCommand = (ctx: ActionContext) => Promise<number>;
