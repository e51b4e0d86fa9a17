import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-NUXY54RL.js";

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
  if (!current) return { id: await createOnce(gh, ref, key, full), action: "created" };
  if (current.body === full) return { id: current.id, action: "unchanged" };
  await gh.rest.issues.updateComment({
    owner: ref.owner,
    repo: ref.repo,
    comment_id: current.id,
    body: full
  });
  return { id: current.id, action: "updated" };
}
var CREATE_ATTEMPTS = 3;
async function createOnce(gh, ref, key, full) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await gh.rest.issues.createComment({ ...ref, body: full, request: { retries: 0 } });
      return data.id;
    } catch (error) {
      if (!mayHaveBeenCreated(error) || attempt >= CREATE_ATTEMPTS) throw error;
      const found = await findStickyComment(gh, ref, key);
      if (found) {
        if (found.body !== full)
          await gh.rest.issues.updateComment({
            owner: ref.owner,
            repo: ref.repo,
            comment_id: found.id,
            body: full
          });
        return found.id;
      }
    }
  }
}
var mayHaveBeenCreated = (error) => {
  const status = httpStatus(error);
  return status === void 0 || status >= 500;
};

export {
  stickyMarker,
  stickyComments,
  findStickyComment,
  upsertStickyComment
};
