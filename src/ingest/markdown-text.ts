/** Markdown to plain text: markup dropped, the words kept (links keep their text, images go). */
export const markdownToText = (md: string): string =>
  md
    .replace(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '$1')
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\d*_])([*_])(?=\S)([^\n]*?\S)\2(?![\p{L}\d])/gu, '$1$3')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '');

/** The text of the first `# heading` of a Markdown body, if any. */
export const firstHeading = (md: string): string | undefined =>
  /^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(md)?.[1]?.trim();
