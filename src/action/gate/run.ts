import type { ActionCommand } from '../context.js';

export const gate: ActionCommand = async () => 0;
