/**
 * The background's check of a post's address and account sent with a confirmed post (they come
 * from the page). A value that fails is dropped, never the post: the post went out either way.
 */
import { z } from 'zod/mini';
import { PLATFORMS, type PlatformId } from './index';
import { cleanAccount, siteAddress, type PostDetails } from './post-details';

/** Whatever a content script sent: strings of bounded length, checked per platform below. */
export const postDetailsFields = {
  url: z.optional(z.string().check(z.maxLength(4096))),
  account: z.optional(z.string().check(z.maxLength(1000))),
};

/** An https address on the platform's own hosts, exactly as `postAddressFrom` writes one. */
function addressSchema(platform: PlatformId) {
  const site = PLATFORMS.find((definition) => definition.id === platform);
  return z
    .string()
    .check(
      z.refine(
        (raw) => !!site && siteAddress(site, raw)?.href === raw,
        'not an address on the site',
      ),
    );
}

const accountSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((raw: string) => cleanAccount(raw)),
  ),
  z.string().check(z.minLength(1)),
);

/** The post's address and account worth keeping for this platform. */
export function validPostDetails(platform: PlatformId, sent: PostDetails): PostDetails {
  const url = addressSchema(platform).safeParse(sent.url);
  const account = accountSchema.safeParse(sent.account);
  return {
    ...(url.success ? { url: url.data } : {}),
    ...(account.success ? { account: account.data } : {}),
  };
}
