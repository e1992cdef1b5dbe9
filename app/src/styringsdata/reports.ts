// The indicators as the server's $evaluate-measure reports them: one MeasureReport per Measure, its
// groups (one headline figure, or median and 90th percentile for the time indicators), and the figures
// per stratum of each stratifier the server reports (kommune, helseforetak, aldersgruppe). Counts of 1–4 are masked by the server, and so is a
// score that would reveal one: such a figure has no value here, only `masked`.

const DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

/** One number of a report: a value, or masked (the server withholds it to protect the few it counts). */
export interface Figure {
  value?: number;
  masked: boolean;
}

/** A report's figure with the populations behind it (numerator and denominator of a share). */
export interface Measured {
  score: Figure;
  numerator?: Figure;
  denominator?: Figure;
  count?: Figure;
}

/** The stratifiers the server reports, in the order the page offers them. */
export const STRATIFIERS = ["kommune", "helseforetak", "aldersgruppe"] as const;
export type Stratifier = (typeof STRATIFIERS)[number];

/** One stratum of a stratifier: its value (a kommunenummer, a health trust's name, an age group) and name. */
export interface Stratum {
  value: string;
  name: string;
}

export interface Group {
  /** "median", "p90", or "" for an indicator's one headline figure. */
  code: string;
  total: Measured;
  /** The figures per stratum, by stratifier code and the stratum's value. */
  strata: Map<string, Map<string, Measured>>;
}

export interface IndicatorReport {
  measureId: string;
  unit: string;
  groups: Group[];
  /** The strata the report has, by stratifier code (for "kommune": the municipalities). */
  strata: Map<string, Stratum[]>;
}

function masked(element: any): boolean {
  return (element?.extension ?? []).some((e: any) => e.url === DATA_ABSENT_REASON && e.valueCode === "masked");
}

/** A score: masked when the server says so; without a value when there is nothing to score (no one in the denominator). */
function score(measureScore: any): Figure {
  if (masked(measureScore)) return { masked: true };
  const value = measureScore?.value;
  return typeof value === "number" ? { value, masked: false } : { masked: false };
}

function population(populations: any[] | undefined, code: string): Figure | undefined {
  const found = (populations ?? []).find((p) => p.code?.coding?.some((c: any) => c.code === code));
  if (!found) return undefined;
  return typeof found.count === "number" && !masked(found._count) ? { value: found.count, masked: false } : { masked: true };
}

function measured(part: any): Measured {
  return {
    score: part?.measureScore ? score(part.measureScore) : { masked: false },
    numerator: population(part?.population, "numerator"),
    denominator: population(part?.population, "denominator"),
    count: population(part?.population, "count") ?? population(part?.population, "initial-population"),
  };
}

/** An indicator's id: the last path segment of its canonical URL (without a |version). */
export function lastSegment(canonical: string | undefined): string {
  const url = String(canonical ?? "").split("|")[0];
  return url.split("/").filter(Boolean).pop() ?? url;
}

/** The Measure a report is of: its canonical `measure`, by its last segment. */
export function measureId(report: any): string {
  return lastSegment(report.measure);
}

export function readReport(report: any): IndicatorReport {
  const names = new Map<string, Map<string, string>>();
  const groups: Group[] = (report.group ?? []).map((group: any) => {
    const strata = new Map<string, Map<string, Measured>>();
    for (const stratifier of group.stratifier ?? []) {
      const code: string | undefined = (stratifier.code ?? []).flatMap((c: any) => c.coding ?? []).find((x: any) => x.code)?.code;
      if (!code) continue;
      const figures = new Map<string, Measured>();
      const named = names.get(code) ?? new Map<string, string>();
      names.set(code, named);
      for (const stratum of stratifier.stratum ?? []) {
        const value = stratum.value?.text ?? stratum.value?.coding?.[0]?.code;
        if (!value) continue;
        const name = stratum.value?.coding?.[0]?.display;
        if (name || !named.has(value)) named.set(value, name ?? value);
        figures.set(value, measured(stratum));
      }
      strata.set(code, figures);
    }
    return { code: group.code?.coding?.[0]?.code ?? "", total: measured(group), strata };
  });
  const unit = report.group?.find((g: any) => g.measureScore?.unit)?.measureScore?.unit ?? "";
  return {
    measureId: measureId(report),
    unit,
    groups,
    strata: new Map([...names].map(([code, named]) => [code, [...named].map(([value, name]) => ({ value, name }))])),
  };
}

/** The MeasureReports of an answer: a Bundle of them (all indicators) or one MeasureReport. */
export function reportsOf(answer: any): IndicatorReport[] {
  if (answer?.resourceType === "MeasureReport") return [readReport(answer)];
  return (answer?.entry ?? [])
    .map((e: any) => e.resource)
    .filter((r: any) => r?.resourceType === "MeasureReport")
    .map(readReport);
}
