/** `twitter-text` in the service worker: the `twitter-text` part (../registry.ts). */
import { lazyObject } from '../lazy';
import { workerPart } from '../registry';

// lib/checklist/twitter.ts reads the functions from the default export when there is one.
export default lazyObject(() => workerPart('twitter-text'));
