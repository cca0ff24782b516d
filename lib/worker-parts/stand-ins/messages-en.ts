/** The English catalogue in the service worker: the `messages` part (../registry.ts). */
import { lazyObject } from '../lazy';
import { workerPart } from '../registry';

export default lazyObject(() => workerPart('messages').en);
