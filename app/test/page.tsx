import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentForm } from "@/components/AssessmentForm";
import { ASSESSMENT_VERSION, QUESTIONS, SCALE_LABELS } from "@/lib/assessment/questions";
import { getCareerRecord } from "@/lib/content/careers";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

const t = getDictionary().test;

export const metadata: Metadata = pageMetadata({ title: t.title, description: t.description, path: routes.test() });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TestPage({ searchParams }: Props) {
  const requested = (await searchParams).career;
  // An unknown or malformed career is simply ignored here: the test itself still works.
  const career = typeof requested === "string" ? getCareerRecord(requested.slice(0, 100)) : undefined;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-3 text-lg">{t.intro}</p>
      {career ? <p className="mt-3 rounded bg-brand-50 p-3 font-medium">{t.forCareer(career.title)}</p> : null}
      <p className="mt-3 text-sm text-slate-700">{t.privacy}</p>
      <p className="mt-1 text-sm">
        <Link href={routes.methodology()} className="text-brand-700 underline">
          {t.methodologyLink}
        </Link>
      </p>
      <AssessmentForm
        questions={QUESTIONS.map(({ id, text }) => ({ id, text }))}
        scaleLabels={SCALE_LABELS}
        version={ASSESSMENT_VERSION}
        career={career?.slug ?? null}
        action="/test/result"
        strings={{
          questionTemplate: t.questionTemplate,
          progressTemplate: t.progressTemplate,
          back: t.back,
          next: t.next,
          submit: t.submit,
          required: t.required,
          resumed: t.resumed,
          startOver: t.startOver,
        }}
      />
    </div>
  );
}
