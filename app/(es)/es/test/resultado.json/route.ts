// GET /es/test/resultado.json?a=<21 digits 1-5>[&career=<id>][&v=<version>]: the result as JSON (documented
// on /methodology). Same parsing and scoring as the result page.
import { RESULT_CACHE_CONTROL, resultJson, searchParamsOf } from "@/lib/result-json";

export function GET(request: Request) {
  const { status, body } = resultJson("es", searchParamsOf(new URL(request.url)));
  return Response.json(body, { status, headers: { "Cache-Control": RESULT_CACHE_CONTROL } });
}
