// Stands in for `server-only`, whose real entry throws outside a React Server Components build.
export {};
