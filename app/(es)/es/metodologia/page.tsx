import { MethodologyPage, methodologyMetadata } from "@/components/pages/methodology-page";

export const metadata = methodologyMetadata("es");

export default function Page() {
  return <MethodologyPage locale="es" />;
}
