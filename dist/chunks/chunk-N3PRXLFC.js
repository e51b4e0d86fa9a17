import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/github/sticky-comment.ts
var stickyMarker = (key) => `<!-- sprintlab:${key} -->`;
var isOurs = (body, key, authorType) => authorType === "Bot" && Boolean(body?.startsWith(stickyMarker(key)));
function stickyComments(nodes) {
  const found = /* @__PURE__ */ new Map();
  for (const c of nodes) {
    const key = /^<!-- sprintlab:([\w-]+) -->/.exec(c.body)?.[1];
    if (key && c.databaseId && !found.has(key) && isOurs(c.body, key, c.author?.__typename)) {
      found.set(key, { id: c.databaseId, body: c.body });
    }
  }
  return found;
}
async function findStickyComment(gh, ref, key) {
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...ref, per_page: 100 })) {
    const hit = page.data.find((c) => isOurs(c.body, key, c.user?.type));
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
  stickyComments,
  findStickyComment,
  upsertStickyComment
};
