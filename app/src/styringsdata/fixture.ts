// Development only (npm run dev, then /app/styringsdata/?fixture): the server's answers from the JSON
// files in fixtures/styringsdata/, shaped as $evaluate-measure answers. The build leaves this out.
const files = import.meta.glob("../../fixtures/styringsdata/*.json", { import: "default" });

export async function fixture(path: string): Promise<any> {
  const query = new URLSearchParams(path.split("?")[1] ?? "");
  const year = query.get("periodStart")?.slice(0, 4);
  const area = query.get("municipality");
  const name = path.startsWith("Measure?") ? "measures" : `evaluate-${year}${area ? `-${area}` : ""}`;
  const load = files[`../../fixtures/styringsdata/${name}.json`];
  if (!load) return { resourceType: "Bundle", type: "collection", entry: [] };
  return load();
}
