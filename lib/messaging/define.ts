/**
 * A request is defined once, in the feature folder that answers it: its name (the key in the
 * feature's `requests.ts`), who may send it, its payload schema and its result type. The
 * catalogue (protocol.ts) lists every feature's requests; the client, the router and the
 * compiler all read that one definition. This file imports nothing of Sapa's, so any feature can
 * define requests without depending on the catalogue.
 */
import type { z } from 'zod';

/**
 * `panel`: the content script beside a composer may send it (and so may the dashboard), held to
 * the platform of the site it runs on (a `platform` or `draftId` in the payload must be that
 * platform's; see access.ts). Only what the panel actually sends is `panel`.
 * `dashboard`: only the extension's own pages: team servers, credentials, fetched libraries,
 * discarding drafts, writing settings.
 */
export type RequestAccess = 'panel' | 'dashboard';

// Core schema types: payloads are written with zod's classic or mini API (the shared fields are
// mini, lib/messaging/fields.ts).
export interface RequestDefinition<
  Schema extends z.core.$ZodType = z.core.$ZodType,
  Result = unknown,
> {
  readonly access: RequestAccess;
  readonly payload: Schema;
  /** Type only: what the handler answers. */
  readonly result?: Result;
}

/**
 * `defineRequest<Result>()(access, payloadSchema)`: curried so the result type is written out
 * while the payload type is inferred from its schema. The schema may be given as a function that
 * builds it: it is then built when a request of this type first comes. The service worker loads
 * every request's definition at each start, and building all their schemas at once was a large
 * part of that start (docs/architecture.md, "The service worker's start").
 */
export function defineRequest<Result>() {
  return <Schema extends z.core.$ZodType>(
    access: RequestAccess,
    payload: Schema | (() => Schema),
  ): RequestDefinition<Schema, Result> => {
    if (typeof payload !== 'function') return { access, payload };
    let built: Schema | undefined;
    return {
      access,
      get payload() {
        return (built ??= payload());
      },
    };
  };
}

export type RequestCatalogue = Record<string, RequestDefinition>;

/** What a caller passes (defaults may be left out). */
export type PayloadInputOf<D> = D extends RequestDefinition<infer S> ? z.input<S> : never;
/** What a handler receives, after validation and defaults. */
export type PayloadOf<D> = D extends RequestDefinition<infer S> ? z.output<S> : never;
export type ResultOf<D> = D extends RequestDefinition<z.core.$ZodType, infer R> ? R : never;

export type RequestHandler<D> = (payload: PayloadOf<D>) => Promise<ResultOf<D>>;

/** One handler per request of a catalogue: a missing one fails type-checking. */
export type Handlers<C extends RequestCatalogue> = { [K in keyof C]: RequestHandler<C[K]> };
