/** `rrule` in the service worker: the `rrule` part (../registry.ts). */
import { lazyClass } from '../lazy';
import { workerPart } from '../registry';

export const RRule = lazyClass(() => workerPart('rrule').RRule);
export const Weekday = lazyClass(() => workerPart('rrule').Weekday);
