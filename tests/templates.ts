// One list of page templates, in both languages, shared by the accessibility, HTML-validity, headers
// and hostile-input tests and by the benchmarks: each with the status it must answer.
export const VALID_ANSWERS = "425314425334215432453";

export interface Template {
  name: string;
  path: string;
  status: number;
}

export const TEMPLATES: Template[] = [
  { name: "home", path: "/", status: 200 },
  { name: "catalog", path: "/careers", status: 200 },
  { name: "catalog search", path: "/careers/search?q=developer", status: 200 },
  { name: "category", path: "/careers/category/technology-it", status: 200 },
  { name: "letter", path: "/careers/letter/p", status: 200 },
  { name: "career", path: "/careers/backend-developer", status: 200 },
  { name: "test", path: "/test", status: 200 },
  { name: "test for a career", path: "/test?career=backend-developer", status: 200 },
  { name: "result", path: `/test/result?a=${VALID_ANSWERS}&career=backend-developer`, status: 200 },
  { name: "result 400", path: "/test/result?a=12", status: 400 },
  { name: "result 404", path: `/test/result?a=${VALID_ANSWERS}&career=astronaut-wizard`, status: 404 },
  { name: "compare", path: "/compare?careers=backend-developer,registered-nurse", status: 200 },
  {
    name: "compare with a result",
    path: `/compare?careers=backend-developer,registered-nurse,chef&a=${VALID_ANSWERS}`,
    status: 200,
  },
  { name: "compare 400", path: "/compare?careers=backend-developer", status: 400 },
  { name: "compare 404", path: "/compare?careers=backend-developer,astronaut-wizard", status: 404 },
  { name: "methodology", path: "/methodology", status: 200 },
  { name: "about", path: "/about", status: 200 },
  { name: "404", path: "/no-such-page", status: 404 },
  { name: "es home", path: "/es", status: 200 },
  { name: "es catalog", path: "/es/carreras", status: 200 },
  { name: "es catalog search", path: "/es/carreras/buscar?q=enfermera", status: 200 },
  { name: "es category", path: "/es/carreras/area/salud", status: 200 },
  { name: "es letter", path: "/es/carreras/letra/e", status: 200 },
  { name: "es career", path: "/es/carreras/enfermeria", status: 200 },
  { name: "es test", path: "/es/test", status: 200 },
  { name: "es result", path: `/es/test/resultado?a=${VALID_ANSWERS}&career=registered-nurse`, status: 200 },
  { name: "es result 400", path: "/es/test/resultado?a=12", status: 400 },
  { name: "es compare", path: "/es/comparar?careers=backend-developer,registered-nurse", status: 200 },
  { name: "es compare 400", path: "/es/comparar?careers=a,b,c,d,e", status: 400 },
  { name: "es methodology", path: "/es/metodologia", status: 200 },
  { name: "es about", path: "/es/acerca-de", status: 200 },
  { name: "es 404", path: "/es/carreras/no-existe", status: 404 },
  { name: "counselors", path: "/counselors", status: 200 },
  { name: "es counselors", path: "/es/orientadores", status: 200 },
];
