// Unwraps the generated commands' results: a typed AppError becomes a thrown
// CommandError the views can read the field and code from.
import type { AppError } from "../bindings";
import { say, t } from "./i18n.svelte";

export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };

export class CommandError extends Error {
  readonly detail: AppError;
  constructor(detail: AppError) {
    super(describe(detail));
    this.detail = detail;
  }
  /** The input field a validation error names, if any. */
  get field(): string | undefined {
    return this.detail.code === "validation" ? this.detail.field : undefined;
  }
}

export function describe(error: AppError): string {
  switch (error.code) {
    case "notFound":
      return t("error-not-found", { entity: error.entity });
    case "validation":
    case "conflict":
    case "io":
    case "damaged":
      return say(error.message);
  }
}

export async function unwrap<T>(pending: Promise<Result<T, AppError>>): Promise<T> {
  const result = await pending;
  if (result.status === "error") throw new CommandError(result.error);
  return result.data;
}

/** A message for anything thrown: a command's error or a failure of the page itself. */
export function messageOf(error: unknown): string {
  if (error instanceof CommandError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
