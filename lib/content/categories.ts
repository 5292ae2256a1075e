// The full category taxonomy the catalog grows into. Slugs are stable URL parts
// (/careers/category/<slug>); names and descriptions are interface copy in English.

export interface Category {
  slug: string;
  name: string;
  description: string;
}

export const CATEGORIES = [
  {
    slug: "technology-it",
    name: "Technology & IT",
    description:
      "Careers that design, build, run and protect software, networks and data. The work mixes logical problem solving with constant learning, because tools change every few years, and many roles can be done remotely.",
  },
  {
    slug: "health",
    name: "Health",
    description:
      "Careers that prevent, diagnose and treat illness or help people recover and live well. Most involve direct contact with patients, long training with supervised practice, and a licence to work.",
  },
  {
    slug: "education",
    name: "Education",
    description:
      "Careers that help children, teenagers and adults learn, from early childhood to university and workplace training. Patience, clear explaining and planning matter as much as knowing the subject.",
  },
  {
    slug: "engineering",
    name: "Engineering",
    description:
      "Careers that apply mathematics and science to design machines, structures, energy systems and processes that are safe and affordable. Expect a demanding degree and work that ends in something you can point at.",
  },
  {
    slug: "arts-design",
    name: "Arts & Design",
    description:
      "Careers that create images, objects, spaces, performances and experiences. Portfolios often count more than grades, income can be uneven, and many people combine employment with freelance work.",
  },
  {
    slug: "business-finance",
    name: "Business & Finance",
    description:
      "Careers that keep organisations running: accounting, analysis, management, marketing and sales. They reward comfort with numbers, people and decisions, and exist in almost every industry.",
  },
  {
    slug: "law-public-safety",
    name: "Law & Public Safety",
    description:
      "Careers that uphold rights, resolve disputes and keep people safe, from lawyers and paralegals to police officers and firefighters. Many follow strict rules, licences and physical or ethical standards.",
  },
  {
    slug: "science",
    name: "Science",
    description:
      "Careers that answer questions about nature, matter, living things and society through observation, experiments and data. Research roles usually need graduate study; technician roles open sooner.",
  },
  {
    slug: "social-services",
    name: "Social Services",
    description:
      "Careers that support people through hardship, illness, conflict or change, such as social work, counselling and community work. They demand empathy, firm boundaries and knowledge of the support systems available.",
  },
  {
    slug: "communication-media",
    name: "Communication & Media",
    description:
      "Careers that inform, persuade and entertain through writing, audio, video and digital channels. Skills travel across employers, portfolios matter, and the field keeps changing with new platforms.",
  },
  {
    slug: "trades-construction",
    name: "Trades & Construction",
    description:
      "Skilled hands-on careers that build, install and repair homes, infrastructure and equipment. Most are learned through apprenticeships or technical programmes, often while earning a wage.",
  },
  {
    slug: "agriculture-environment",
    name: "Agriculture & Environment",
    description:
      "Careers that grow food, care for animals and land, and protect ecosystems. The work often happens outdoors and links biology and chemistry with practical decisions about resources.",
  },
  {
    slug: "hospitality-tourism",
    name: "Hospitality & Tourism",
    description:
      "Careers that feed, host and guide people: cooking, hotels, events and travel. Service skills, stamina and languages count, and shifts often include evenings and weekends.",
  },
  {
    slug: "transport-logistics",
    name: "Transport & Logistics",
    description:
      "Careers that move people and goods by air, road, rail and sea, and plan how they get there. Many require licences and safety training; planning roles lean on data and software.",
  },
  {
    slug: "sports-fitness",
    name: "Sports & Fitness",
    description:
      "Careers that coach, train, treat and organise people who play sport or want to be active. Few people earn a living as athletes; coaching, fitness, sport science and management offer steadier paths.",
  },
  {
    slug: "government-defense",
    name: "Government & Defense",
    description:
      "Careers that run public services, make and carry out policy, and defend a country, in civil service, diplomacy, the armed forces and emergency management. Entry often goes through public competitions or enlistment.",
  },
  {
    slug: "manufacturing-production",
    name: "Manufacturing & Production",
    description:
      "Careers that turn raw materials into finished goods, operate and maintain machines, and check quality on the production line. Automation is changing these jobs, raising demand for technical skills.",
  },
] as const satisfies readonly Category[];

export type CategorySlug = (typeof CATEGORIES)[number]["slug"];

export const CATEGORY_SLUGS: readonly string[] = CATEGORIES.map((c) => c.slug);

export function getCategory(slug: string): Category | undefined {
  return CATEGORIES.find((c) => c.slug === slug);
}
