// Official registries where a student can find every accredited programme in a country, not just the
// five schools a career page lists. Facts only: the body that runs each one and its public address.
export interface ProgrammeRegistry {
  /** English country name, as in career files' `schools[].country`. */
  country: string;
  /** The registry's own name (not translated). */
  name: string;
  /** Who runs it. */
  owner: string;
  url: string;
}

export const PROGRAMME_REGISTRIES: readonly ProgrammeRegistry[] = [
  { country: "Spain", name: "RUCT (Registro de Universidades, Centros y Títulos)", owner: "Ministerio de Universidades", url: "https://www.educacion.gob.es/ruct/home" },
  { country: "Mexico", name: "SIRVOES (programas con RVOE)", owner: "Secretaría de Educación Pública", url: "https://www.sirvoes.sep.gob.mx" },
  { country: "Colombia", name: "SNIES", owner: "Ministerio de Educación Nacional", url: "https://snies.mineducacion.gov.co" },
  { country: "Argentina", name: "CONEAU (carreras acreditadas)", owner: "Comisión Nacional de Evaluación y Acreditación Universitaria", url: "https://www.coneau.gob.ar" },
  { country: "Chile", name: "Mi Futuro", owner: "Ministerio de Educación de Chile", url: "https://www.mifuturo.cl" },
  { country: "Peru", name: "Ponte en Carrera", owner: "Ministerio de Trabajo y Ministerio de Educación del Perú", url: "https://www.ponteencarrera.pe" },
  { country: "United States", name: "College Navigator", owner: "National Center for Education Statistics", url: "https://nces.ed.gov/collegenavigator/" },
];
