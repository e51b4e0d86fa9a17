import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  Octokit,
  legacyRestEndpointMethods,
  paginateRest,
  retry,
  throttling
} from "./chunk-2JICB45H.js";

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION2 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION2}`
  }
);

// src/github/client.ts
var SprintlabOctokit = Octokit2.plugin(retry, throttling);
function createGitHub({
  token,
  baseUrl,
  retries = 3,
  userAgent = "sprintlab"
}) {
  return new SprintlabOctokit({
    auth: token,
    baseUrl: baseUrl ?? "https://api.github.com",
    userAgent,
    // Failed requests surface as errors that the caller handles (a 404 can be an answer); no log noise.
    log: { debug: () => {
    }, info: () => {
    }, warn: console.warn, error: () => {
    } },
    retry: { retries },
    throttle: {
      onRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries,
      onSecondaryRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries
    }
  });
}

export {
  createGitHub
};
