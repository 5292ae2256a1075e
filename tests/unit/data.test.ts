import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/data/csv";
import {
  allOccupationsChangePct,
  getOccupation,
  interestLetters,
  loadAlternateTitles,
  loadEducation,
  loadOnetSignals,
} from "@/lib/data/onet";

describe("parseCsv", () => {
  it("handles quotes, doubled quotes, embedded commas and newlines", () => {
    const rows = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n2,"line\nbreak",\n');
    expect(rows).toEqual([
      { a: "1", b: "x, y", c: 'say "hi"' },
      { a: "2", b: "line\nbreak", c: "" },
    ]);
  });
});

describe("open data join by O*NET-SOC code", () => {
  it("joins O*NET and BLS figures for Software Developers (values from the data README's spot check)", () => {
    const dev = getOccupation("15-1252.00");
    expect(dev?.title).toBe("Software Developers");
    expect(dev?.jobZone).toBe(4);
    expect(dev?.riasec).toEqual({ R: 3.93, I: 5.86, A: 2.26, S: 1.88, E: 1.87, C: 5.46 });
    expect(dev?.highPoints).toEqual(["I", "C", "R"]);
    expect(dev?.bls).toMatchObject({
      employment2024: 1693800,
      employment2034: 1961400,
      changePct: 15.8,
      openingsAnnual: 115200,
      medianWageAnnual2024: 133080,
      typicalEntryEducation: "Bachelor's degree",
    });
  });

  it("leaves figures empty where BLS publishes only aggregates", () => {
    expect(getOccupation("29-2011.00")?.bls ?? null).toBeNull();
  });

  it("keeps the missing wage of actors empty rather than zero", () => {
    expect(getOccupation("27-2011.00")?.bls?.medianWageAnnual2024).toBeNull();
  });

  it("summarises education and exposes signals for the assessment", () => {
    expect(loadEducation().get("15-1252.00")?.modeLabel).toBe("Bachelor's Degree");
    const signals = loadOnetSignals().get("29-1141.00");
    expect(Object.keys(signals?.workValuesExtent ?? {})).toHaveLength(6);
    expect(signals?.workStylesImpact["Stress Tolerance"]).toBeTypeOf("number");
    expect(signals?.relatedCodes.length).toBe(20);
    expect(loadOnetSignals().get("15-1252.00")?.workValuesExtent).toEqual({});
  });

  it("gives interest letters and alternate titles", () => {
    expect(interestLetters("29-1141.00").slice(0, 2)).toEqual(["S", "I"]);
    expect(loadAlternateTitles().get("15-1252.00")?.length).toBeGreaterThan(10);
  });

  it("computes the all-occupations change from the data", () => {
    const pct = allOccupationsChangePct();
    expect(pct).toBeGreaterThan(0);
    expect(pct).toBeLessThan(10);
  });
});
