// The open, machine-readable scoring key (items, loadings, weights, dimensions), generated at build time.
import { buildAssessmentKey } from "@/lib/assessment/key";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildAssessmentKey(), {
    headers: { "Cache-Control": "public, max-age=3600" },
  });
}
