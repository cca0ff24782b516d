// The service worker's team sync library, run when team sync first needs it (lib/worker-parts).
import PouchDB from 'pouchdb-browser';
import { providePart } from '@/lib/worker-parts/registry';

export default defineUnlistedScript(() => providePart('pouchdb', PouchDB));
