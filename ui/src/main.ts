import { mount } from "svelte";
import App from "./App.svelte";
import Recovery from "./features/recovery/Recovery.svelte";
import { commands } from "./bindings";
import { i18n } from "./lib/i18n.svelte";
import { appearance } from "./lib/theme.svelte";
import "./styles.css";

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

// The language and the theme are known before anything is drawn. A plan that could not be
// opened shows what is wrong, and its backups, instead of the app.
void Promise.all([
  i18n.load().catch((e: unknown) => console.error("the window's language could not be read:", e)),
  appearance.load().catch((e: unknown) => console.error("the window's theme could not be read:", e)),
])
  .then(() => commands.startupProblem())
  .then((started) => {
    const problem = started.status === "ok" ? started.data : null;
    if (problem) mount(Recovery, { target, props: { problem } });
    else mount(App, { target });
  });
