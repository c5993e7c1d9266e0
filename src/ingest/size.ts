const MB = 1024 * 1024;

/** "21.0 MB", "512.0 KB", "300 bytes". */
export const formatSize = (bytes: number): string => {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
};

/** A cap as the user set it: "20 MB" rather than "20.0 MB". */
export const formatCap = (bytes: number): string =>
  bytes % MB === 0 ? `${bytes / MB} MB` : bytes % 1024 === 0 ? `${bytes / 1024} KB` : formatSize(bytes);

export const DEFAULT_MAX_BYTES = 20 * MB;

export const overCapReason = (what: string, size: number, cap: number): string =>
  `${what} is ${formatSize(size)}, over the ${formatCap(cap)} cap`;

/**
 * Longest text of one article, in characters (about 300,000 words): what a document must stay
 * under for its annotations to be built and stored in bounded time and memory.
 */
export const DEFAULT_MAX_CHARS = 2_000_000;

/** "15.0 M", "2 M", "950,000". */
export const formatCount = (n: number): string =>
  n >= 1_000_000
    ? `${n % 1_000_000 === 0 ? n / 1_000_000 : (n / 1_000_000).toFixed(1)} M`
    : n.toLocaleString('en');
