import { defineConfig } from "vite";

// Served by the FHIR server at /app/; the Maven build (app/pom.xml) writes the bundle into the jar's static/app/.
export default defineConfig({
  base: "/app/",
  build: {
    outDir: process.env.APP_OUT_DIR ?? "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
});
