/** Served by `contentMessagesPlugin` (`./content-catalog-plugin.ts`) in builds and tests. */
declare module 'virtual:sapa-content-messages' {
  const catalogs: Readonly<Record<'id' | 'en', Readonly<Record<string, string>>>>;
  export default catalogs;
}
