// The class view's career data in English, built once at build time (lib/class-catalog.ts).
import { classCatalogResponse } from "@/lib/class-catalog";

export const dynamic = "force-static";

export function GET() {
  return classCatalogResponse("en");
}
