/** The labels and sticky-comment keys the board manages on an experiment issue. */
export const LABELS = {
  needsInfo: 'needs-info',
  blocked: 'blocked',
  overWip: 'over-wip',
  timeBox: 'time-box-overrun',
} as const;

export const COMMENT_KEYS = {
  log: 'experiment-log',
  validation: 'validation',
  wip: 'wip',
  timeBox: 'time-box',
  closed: 'closed-without-decision',
  triage: 'triage',
  reply: (commentId: number) => `reply-${commentId}`,
  gate: (pr: number) => `gate-${pr}`,
};
