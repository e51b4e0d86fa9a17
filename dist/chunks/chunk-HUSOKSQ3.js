import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/github/sticky-comment.ts
var stickyMarker = (key) => `<!-- sprintlab:${key} -->`;
async function findStickyComment(gh, ref, key) {
  const marker = stickyMarker(key);
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...ref, per_page: 100 })) {
    const hit = page.data.find((c) => c.body?.includes(marker));
    if (hit) return { id: hit.id, body: hit.body ?? "" };
  }
  return void 0;
}
async function upsertStickyComment(gh, ref, key, body, existing) {
  const full = `${stickyMarker(key)}
${body}`;
  const current = existing === void 0 ? await findStickyComment(gh, ref, key) : existing ?? void 0;
  if (!current) {
    const { data } = await gh.rest.issues.createComment({ ...ref, body: full });
    return { id: data.id, action: "created" };
  }
  if (current.body === full) return { id: current.id, action: "unchanged" };
  await gh.rest.issues.updateComment({
    owner: ref.owner,
    repo: ref.repo,
    comment_id: current.id,
    body: full
  });
  return { id: current.id, action: "updated" };
}

export {
  stickyMarker,
  findStickyComment,
  upsertStickyComment
};
