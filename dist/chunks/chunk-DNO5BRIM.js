import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  createGitHub
} from "./chunk-T427DO23.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/action/github-access.ts
function repositoryAccess(ctx, command, need, grant) {
  const repo = ctx.repository;
  if (!repo)
    throw new InputError("GITHUB_REPOSITORY is not set", {
      fix: `run ${command} inside a GitHub Actions workflow`
    });
  const token = ctx.input("github-token").trim() || process.env.GITHUB_TOKEN || "";
  if (!token) throw new InputError(`no token to ${need}`, { field: "github-token", fix: grant });
  return { repo, gh: createGitHub({ token, baseUrl: ctx.apiUrl }) };
}

export {
  repositoryAccess
};
