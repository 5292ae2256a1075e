// QR codes as inline SVG, drawn on the server (no client code, no third-party request), for printouts
// that a counselor or student can scan back into the live page.
import "server-only";
import { toString as renderQr } from "qrcode";

/** An SVG document (no width or height: size it with CSS) encoding `text`. */
export function qrSvg(text: string): Promise<string> {
  // Level M survives a smudged printout; a one-module quiet zone is enough inside a white box.
  return renderQr(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
