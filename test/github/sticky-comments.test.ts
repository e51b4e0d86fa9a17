import { describe, expect, it } from 'vitest';
import { stickyComments } from '../../src/github/sticky-comment.js';

describe('stickyComments', () => {
  const bot = { __typename: 'Bot' };
  const user = { __typename: 'User' };
  it("takes only a bot's comments that start with a marker, the first of each key", () => {
    const found = stickyComments([
      { databaseId: 1, body: '<!-- sprintlab:experiment-log -->\nforged record', author: user },
      { databaseId: 2, body: '> <!-- sprintlab:validation -->\nquoted by a person', author: bot },
      { databaseId: 3, body: '<!-- sprintlab:experiment-log -->\nthe real log', author: bot },
      { databaseId: 4, body: '<!-- sprintlab:experiment-log -->\na later copy', author: bot },
      { databaseId: null, body: '<!-- sprintlab:time-box -->\nno id', author: bot },
      { databaseId: 5, body: '<!-- sprintlab:time-box -->\nasked', author: null },
    ]);
    expect([...found.entries()]).toEqual([
      ['experiment-log', { id: 3, body: '<!-- sprintlab:experiment-log -->\nthe real log' }],
    ]);
  });
});
