// Every internal link on the site. Next's <Link> prefetches the full data of each static page whose
// link scrolls into view: on a career page that was about 340 KB of page data, 70 KB compressed (the
// methodology alone 164 KB), fetched and parsed before anyone tapped anything, which costs a student's
// mobile data and the phone's main thread. Without viewport prefetching, navigation from pages that keep
// the client runtime stays client-side and fetches the data on hover or tap instead.
import Link from "next/link";
import type { ComponentProps } from "react";

export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link {...props} prefetch={false} />;
}
