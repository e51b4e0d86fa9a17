import { randomBytes } from 'node:crypto';
import * as fence from '../core/render/workflow-commands.js';

/** A one-time stop-commands token: 128 random bits, never printed outside its own block. */
export const newToken = () => randomBytes(16).toString('hex');

/** Report text made of untrusted names, fenced so the runner reads no command in it. */
export const commandSafe = (text: string) => fence.commandSafe(text, newToken);

/** A log line, fenced only when some line of it could read as a command. */
export const logSafe = (text: string) => fence.logSafe(text, newToken);
