/** `pouchdb-browser` in the service worker: the `pouchdb` part (../registry.ts). */
import { lazyClass } from '../lazy';
import { workerPart } from '../registry';

export default lazyClass(() => workerPart('pouchdb'));
