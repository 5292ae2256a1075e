"use client";
// The header's section links. A client leaf only to read the current path: the link of the section
// you are in is marked (aria-current="page" on the section's own page, "true" on pages inside it, such
// as a career under Careers) and underlined with a bar, so the state does not rest on colour alone.
// usePathname also runs during prerendering, so the state is in the static HTML without JavaScript.
import { SiteLink } from "@/components/SiteLink";
import { usePathname } from "next/navigation";

/** Plain strings only: they cross the server/client boundary. */
export interface NavItem {
  href: string;
  /** Full label, shown from the `sm` breakpoint up. */
  label: string;
  /** Short label for phones, so the header stays on one line at 390 px. */
  short: string;
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  return (
    <ul className="flex items-center">
      {items.map((item) => {
        const current = pathname === item.href ? "page" : pathname.startsWith(`${item.href}/`) ? "true" : undefined;
        return (
          <li key={item.href}>
            <SiteLink href={item.href} aria-current={current} className="site-nav-link">
              <span className="sm:hidden">{item.short}</span>
              <span className="hidden sm:inline">{item.label}</span>
            </SiteLink>
          </li>
        );
      })}
    </ul>
  );
}
