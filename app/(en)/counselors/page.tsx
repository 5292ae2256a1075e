import { CounselorsPage, counselorsMetadata } from "@/components/pages/counselors-page";

export const metadata = counselorsMetadata("en");

export default function Page() {
  return <CounselorsPage locale="en" />;
}
