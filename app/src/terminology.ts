// The names of the guide's codes as its package defines them: the display in bokmål, designations in
// nynorsk and English. Read from the committed package when the app is built, so the page and the
// profiles never name a code differently.
import roles from "../../ig/package/CodeSystem-no-ip-rolle.json";
import { language } from "./i18n";

interface Concept {
  code: string;
  display?: string;
  designation?: { language?: string; value: string }[];
}

interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

const CODE_SYSTEMS = new Map<string, Concept[]>([[roles.url, roles.concept as Concept[]]]);

/** A coding in words, in the page's language: the package's name for it, else what the coding says. */
export function codeName(coding: Coding | undefined): string {
  if (!coding) return "";
  const concept = CODE_SYSTEMS.get(coding.system ?? "")?.find((c) => c.code === coding.code);
  if (!concept) return coding.display ?? coding.code ?? "";
  const translated = language() === "nb" ? undefined : concept.designation?.find((d) => d.language === language())?.value;
  return translated ?? concept.display ?? coding.display ?? coding.code ?? "";
}
