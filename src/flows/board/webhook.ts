/** The parts of GitHub's webhook payloads the app reads; everything else is ignored. */
export interface Actor {
  login: string;
  type?: string;
}

export interface WebhookPayload {
  action?: string;
  repository?: { name: string; owner: { login: string } };
  sender?: Actor;
  issue?: {
    number: number;
    body?: string | null;
    labels?: ({ name?: string } | string)[];
    pull_request?: unknown;
    created_at?: string;
    updated_at?: string;
    user?: Actor | null;
    author_association?: string;
  };
  label?: { name: string };
  comment?: {
    id: number;
    body?: string | null;
    user?: Actor | null;
    performed_via_github_app?: { slug?: string } | null;
  };
  check_run?: {
    id: number;
    name: string;
    conclusion?: string | null;
    output?: { title?: string | null; text?: string | null; summary?: string | null };
    pull_requests?: { number: number }[];
    app?: { id?: number; slug?: string } | null;
  };
}

export const labelNames = (issue: WebhookPayload['issue']): string[] =>
  (issue?.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);

/** Bots (this app included) do not drive the board: their own writes would echo back as new events. */
export const isBot = (actor: Actor | null | undefined, appLogin?: string) =>
  !actor ||
  actor.type === 'Bot' ||
  actor.login.endsWith('[bot]') ||
  (appLogin !== undefined && actor.login === appLogin);
