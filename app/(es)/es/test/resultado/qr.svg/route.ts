// GET /es/test/resultado/qr.svg?a=<21 digits 1-5>[&career=<id>]: the QR code of that result's link, for the printout.
import { resultQrResponse } from "@/lib/result-qr";

export function GET(request: Request) {
  return resultQrResponse("es", request);
}
