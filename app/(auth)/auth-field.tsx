import type { FormEventHandler, InputHTMLAttributes, ReactNode } from "react";
import type { FieldValues, Path, UseFormRegisterReturn, UseFormSetError } from "react-hook-form";

type Props = {
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "inputMode" | "autoFocus">;

/** A labelled input whose hint and error are read out with it by screen readers. */
export function AuthField({ label, error, hint, registration, ...input }: Props) {
  const id = `field-${registration.name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        {...input}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-500 focus:border-blue-600"
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      {message}
    </p>
  );
}

/**
 * Every sign-in and password form. It posts: sent before its script has loaded, the page comes
 * back instead of the browser putting the fields (a password too) in the URL.
 */
export function AuthForm({ onSubmit, failure, children }: { onSubmit: FormEventHandler<HTMLFormElement>; failure: string | null; children: ReactNode }) {
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <FormAlert message={failure} />
      {children}
    </form>
  );
}

/** The NIP as people type it from their card: digits, spaces allowed. */
export function NipField({ error, registration }: { error?: string; registration: UseFormRegisterReturn }) {
  return (
    <AuthField
      label="NIP"
      hint="18 digit, boleh dengan spasi."
      inputMode="numeric"
      autoComplete="username"
      autoFocus
      error={error}
      registration={registration}
    />
  );
}

/**
 * Puts a failed action's field messages next to `fields`; true when one landed there, so the
 * caller shows the general message only when no field holds the reason.
 */
export function tampilkanDiIsian<F extends FieldValues>(
  fieldErrors: Record<string, string[] | undefined> | undefined,
  fields: readonly Path<F>[],
  setError: UseFormSetError<F>,
): boolean {
  let onField = false;
  for (const field of fields) {
    const message = fieldErrors?.[field]?.[0];
    if (message) {
      setError(field, { message });
      onField = true;
    }
  }
  return onField;
}
