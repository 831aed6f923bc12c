/**
 * An expected failure with a message written for the user, in Bahasa Indonesia.
 * `field` ties the message to a form field when there is one.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Someone else saved the same document after it was read. */
export class StaleVersionError extends DomainError {
  constructor() {
    super("Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman untuk melihat versi terbaru.");
    this.name = "StaleVersionError";
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Anda tidak berhak melakukan tindakan ini.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Data tidak ditemukan.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** For a page's title: a record the actor may not see gives no title; any other failure still fails. */
export function nullOnNotFound(error: unknown): null {
  if (error instanceof NotFoundError) return null;
  throw error;
}
