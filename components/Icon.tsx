// Inline SVG icons drawn from Lucide's icon data (ISC licence, the `lucide` package): the path data is
// rendered into the HTML on the server, so there is no icon font, sprite request or client script.
// Icons are decoration next to visible text, hence aria-hidden.
import { createElement } from "react";
import {
  ArrowRight,
  ArrowUp,
  Briefcase,
  ClipboardCheck,
  Compass,
  ConciergeBell,
  DraftingCompass,
  Dumbbell,
  Factory,
  FlaskConical,
  GraduationCap,
  HardHat,
  HeartHandshake,
  Landmark,
  Languages,
  Laptop,
  LayoutGrid,
  Megaphone,
  Palette,
  Scale,
  Sprout,
  Stethoscope,
  Truck,
  type IconNode,
} from "lucide";
import type { CategorySlug } from "@/lib/content/categories";

const CATEGORY_ICONS: Record<CategorySlug, IconNode> = {
  "technology-it": Laptop,
  health: Stethoscope,
  education: GraduationCap,
  engineering: DraftingCompass,
  "arts-design": Palette,
  "business-finance": Briefcase,
  "law-public-safety": Scale,
  science: FlaskConical,
  "social-services": HeartHandshake,
  "communication-media": Megaphone,
  "trades-construction": HardHat,
  "agriculture-environment": Sprout,
  "hospitality-tourism": ConciergeBell,
  "transport-logistics": Truck,
  "sports-fitness": Dumbbell,
  "government-defense": Landmark,
  "manufacturing-production": Factory,
};

/** Interface icons by role, so pages name what an icon means rather than which drawing it is. */
export const ICONS = {
  brand: Compass,
  test: ClipboardCheck,
  explore: LayoutGrid,
  language: Languages,
  next: ArrowRight,
  top: ArrowUp,
} as const satisfies Record<string, IconNode>;

export function Icon({ node, className = "size-5" }: { node: IconNode; className?: string }) {
  return (
    // Stroke, fill and shrink come from the .icon class (globals.css): attributes repeated on every
    // icon of a page cost ~200 bytes each.
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`icon ${className}`}>
      {node.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
    </svg>
  );
}

/** The icon of a category id; unknown ids (never in valid content) draw nothing. */
export function CategoryIcon({ category, className }: { category: string; className?: string }) {
  const node = (CATEGORY_ICONS as Record<string, IconNode | undefined>)[category];
  return node ? <Icon node={node} className={className} /> : null;
}
