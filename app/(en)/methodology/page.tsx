import { MethodologyPage, methodologyMetadata } from "@/components/pages/methodology-page";

export const metadata = methodologyMetadata("en");

export default function Page() {
  return <MethodologyPage locale="en" />;
}
