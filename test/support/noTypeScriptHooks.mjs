// Module resolution hooks for noTypeScript.mjs.
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/\.[cm]?tsx?$/.test(new URL(resolved.url).pathname) || /\/node_modules\/tsx\//.test(resolved.url)) {
    throw new Error(`TypeScript loaded in a compiled run: ${resolved.url} (from ${context.parentURL ?? 'the command line'})`);
  }
  return resolved;
}
