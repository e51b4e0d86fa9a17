export { gate } from '../gate/run.js';
