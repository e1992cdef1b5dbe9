import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Served by the FHIR server at /app/ (Min plan) and /app/styringsdata/ (the leaders' page); the Maven build
// (app/pom.xml) writes the bundle into the jar's static/app/.
export default defineConfig({
  base: "/app/",
  build: {
    rollupOptions: {
      input: {
        "min-plan": fileURLToPath(new URL("./index.html", import.meta.url)),
        styringsdata: fileURLToPath(new URL("./styringsdata/index.html", import.meta.url)),
      },
    },
    outDir: process.env.APP_OUT_DIR ?? "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
});
