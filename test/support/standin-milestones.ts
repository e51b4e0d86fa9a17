import type { RepoState } from './standin-state.js';

/**
 * Milestones for the GitHub stand-in (GraphQL `repository.milestones`), kept beside the repository
 * state rather than in it. Seed with `addMilestone(gh.state.repo('acme/models'), {...})`.
 */
export interface MilestoneSeed {
  title: string;
  /** ISO timestamp, as GitHub returns it (due dates are stored at 07:00 or 08:00 UTC), or null. */
  due_on: string | null;
  state?: 'open' | 'closed';
}

const byRepo = new WeakMap<RepoState, MilestoneSeed[]>();

export function addMilestone(repo: RepoState, milestone: MilestoneSeed): void {
  const list = byRepo.get(repo) ?? [];
  list.push(milestone);
  byRepo.set(repo, list);
}

/** The repository's milestones in the order `orderBy: { field: DUE_DATE, direction }` asks for. */
export function milestonesOf(repo: RepoState, args: Record<string, unknown>): MilestoneSeed[] {
  const list = [...(byRepo.get(repo) ?? [])];
  const states = args.states as string[] | undefined;
  const filtered = states ? list.filter((m) => states.includes((m.state ?? 'open').toUpperCase())) : list;
  const order = args.orderBy as { field?: string; direction?: string } | undefined;
  if (order?.field === 'DUE_DATE') {
    // GitHub puts milestones without a due date last in either direction.
    filtered.sort((a, b) => (a.due_on ?? '9999').localeCompare(b.due_on ?? '9999'));
    if (order.direction === 'DESC') filtered.sort((a, b) => (b.due_on ?? '').localeCompare(a.due_on ?? ''));
  }
  return filtered;
}

export const milestoneView = (m: MilestoneSeed) => ({
  __typename: 'Milestone',
  title: m.title,
  dueOn: m.due_on,
  state: (m.state ?? 'open').toUpperCase(),
});
