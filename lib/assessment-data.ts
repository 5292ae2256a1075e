// Server-side bridge between the catalog and the pure assessment core: builds (once per process) the
// profile of every career from the vendored O*NET data plus the career file's reasoned overrides.
import "server-only";
import { applyOverrides, buildOccupationProfiles, type CareerProfile } from "@/lib/assessment/profiles";
import type { ScoredCareer } from "@/lib/assessment/catalog";
import { loadCareers } from "@/lib/content/careers";
import { loadOnetSignals } from "@/lib/data/onet";

let occupationProfiles: Map<string, CareerProfile> | undefined;
let scored: ScoredCareer[] | undefined;

function profilesByCode(): Map<string, CareerProfile> {
  occupationProfiles ??= buildOccupationProfiles(loadOnetSignals());
  return occupationProfiles;
}

/** Every catalog career with its assessment profile, ready for assess(). */
export function scoredCareers(): ScoredCareer[] {
  if (!scored) {
    const profiles = profilesByCode();
    scored = loadCareers().map((career) => {
      const profile = profiles.get(career.onetSoc);
      if (!profile) throw new Error(`No assessment profile for ${career.onetSoc} (${career.sourcePath})`);
      return {
        id: career.id,
        title: career.title,
        profile: applyOverrides(profile, career.profileOverrides),
        // Lengths of the lists a reason can quote (explainMatch points into them by index).
        content: {
          interests: career.profile.interests.length,
          strengths: career.profile.strengths.length,
          technical: career.skills.technical.length,
          human: career.skills.human.length,
          paths: career.paths.length,
        },
      };
    });
  }
  return scored;
}

let profileBySlug: Map<string, CareerProfile> | undefined;

/** O(1) per career page: a find() over every career made the build quadratic in the catalog size. */
export function careerProfile(slug: string): CareerProfile | undefined {
  profileBySlug ??= new Map(scoredCareers().map((career) => [career.id, career.profile]));
  return profileBySlug.get(slug);
}
