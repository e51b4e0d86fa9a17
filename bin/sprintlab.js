#!/usr/bin/env node
// The CLI runs from the committed bundle, so a clone works without a build step.
await import('../dist/cli.js');
