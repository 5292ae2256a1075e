import { CounselorsPage, counselorsMetadata } from "@/components/pages/counselors-page";

export const metadata = counselorsMetadata("es");

export default function Page() {
  return <CounselorsPage locale="es" />;
}
