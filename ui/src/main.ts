import { mount } from "svelte";
import App from "./App.svelte";
import Recovery from "./features/recovery/Recovery.svelte";
import { commands } from "./bindings";
import "./styles.css";

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

// A plan that could not be opened shows what is wrong, and its backups, instead of the app.
void commands.startupProblem().then((started) => {
  const problem = started.status === "ok" ? started.data : null;
  if (problem) mount(Recovery, { target, props: { problem } });
  else mount(App, { target });
});
