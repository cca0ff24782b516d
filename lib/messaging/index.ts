/** The message protocol between content scripts and the background (see README.md here). */
export * from './protocol';
export { sapaError, failure, invalidRequest } from './errors';
export {
  createSapaClient,
  transportFailure,
  DEFAULT_TIMEOUT_MS,
  type SapaClient,
  type SapaClientOptions,
  type SendMessage,
} from './client';
export {
  subscribeChanges,
  DEFAULT_INITIAL_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  type ChangeEvent,
  type Connect,
  type PortLike,
  type SubscribeOptions,
} from './changes';
export { createExtensionClient, subscribeExtensionChanges } from '@/lib/extension/messaging';
