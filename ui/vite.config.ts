import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves the built files; the dev server is only for `vite dev`.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The message catalogue lives with the Rust side (one catalogue for both): the dev
  // server may read it there.
  server: { port: 5173, strictPort: true, fs: { allow: [".", "../src-tauri/i18n/locales"] } },
  build: { target: "safari15", sourcemap: false },
  // Under test, Svelte's browser build: the runes' effects run as they do in the window.
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
