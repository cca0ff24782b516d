/** `fast-xml-parser` in the service worker: the `xml` part (../registry.ts). */
import { lazyClass, lazyObject } from '../lazy';
import { workerPart } from '../registry';

export const XMLParser = lazyClass(() => workerPart('xml').XMLParser);
export const XMLValidator = lazyObject(() => workerPart('xml').XMLValidator);
