import { RootShell, rootMetadata, rootViewport } from "@/components/RootShell";
import "../globals.css";

export const metadata = rootMetadata("es");
export const viewport = rootViewport;

export default function SpanishLayout({ children }: { children: React.ReactNode }) {
  return <RootShell locale="es">{children}</RootShell>;
}
