/**
 * The push of named documents (those the ledger noted as unsent), by CouchDB's replication
 * protocol: each document's leaves in the replica with their history, `_revs_diff` for those the
 * server lacks, `_bulk_docs` with `new_edits: false`.
 *
 * Why not PouchDB's `replicate` with `doc_ids`: without a checkpoint it reads the replica's whole
 * change feed from the start and keeps the named documents, so sending one edit read every
 * document the replica holds (5,000 for a team library of that size). Here it reads the named
 * ones. A push that must compare everything (`unpushedListsAll` false) stays PouchDB's
 * replication, with its checkpoint.
 */
import { writeFailure, type PouchDatabase, type PouchWriteResult } from './pouch';

/**
 * Documents per `_bulk_docs` body: 250 of them stay well under the 1 MB a proxy in front of
 * CouchDB commonly accepts (nginx's default `client_max_body_size`).
 */
export const PUSH_BATCH = 250;

export interface PushResult {
  /** Documents the server accepted. */
  written: number;
  /** Ids of the documents it refused (its validation rules said no). */
  refused: string[];
}

interface Leaf {
  _id: string;
  _rev: string;
}

/** Every leaf of the document (deleted ones too: a conflict's loser deleted here), with history. */
async function leavesOf(replica: PouchDatabase, docId: string): Promise<Leaf[]> {
  const get = replica.get.bind(replica) as (id: string, options: object) => Promise<unknown>;
  try {
    const answers = (await get(docId, { open_revs: 'all', revs: true })) as { ok?: Leaf }[];
    return answers.flatMap((answer) => (answer.ok ? [answer.ok] : []));
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return []; // never written here
    throw error;
  }
}

/** The leaves the server lacks. */
async function lackedOnServer(remote: PouchDatabase, leaves: Leaf[]): Promise<Leaf[]> {
  const request: Record<string, string[]> = {};
  for (const leaf of leaves) (request[leaf._id] ??= []).push(leaf._rev);
  const missing = await remote.revsDiff(request);
  return leaves.filter((leaf) => missing[leaf._id]?.missing?.includes(leaf._rev));
}

/** PouchDB's replication counts these refusals and goes on; any other error stops the push. */
const isRefusal = (result: PouchWriteResult) =>
  ['unauthorized', 'forbidden'].includes(String(result.name ?? result.error).toLowerCase());

async function sendBatch(remote: PouchDatabase, docs: Leaf[]): Promise<PushResult> {
  const failed = (await remote.bulkDocs(docs, { new_edits: false })) as PouchWriteResult[];
  const refused = new Set<string>();
  for (const result of failed) {
    if (!result.error) continue;
    if (!isRefusal(result) || typeof result.id !== 'string')
      throw writeFailure(result, 'Sending to the server');
    refused.add(result.id);
  }
  const written = docs.filter((doc) => !refused.has(doc._id)).length;
  return { written, refused: [...refused] };
}

/** Sends the named documents' leaves the server lacks. */
export async function pushDocuments(
  replica: PouchDatabase,
  remote: PouchDatabase,
  docIds: readonly string[],
): Promise<PushResult> {
  const result: PushResult = { written: 0, refused: [] };
  for (let i = 0; i < docIds.length; i += PUSH_BATCH) {
    const ids = docIds.slice(i, i + PUSH_BATCH);
    const leaves = (await Promise.all(ids.map((id) => leavesOf(replica, id)))).flat();
    if (!leaves.length) continue;
    const lacked = await lackedOnServer(remote, leaves);
    if (!lacked.length) continue;
    const sent = await sendBatch(remote, lacked);
    result.written += sent.written;
    result.refused.push(...sent.refused);
  }
  return result;
}
