/** Calls to the sitrep API with the analyst's token (kept in localStorage) as a bearer header. */

const TOKEN_KEY = 'sitrep.token';

export const savedToken = (): string => localStorage.getItem(TOKEN_KEY) ?? '';

export const saveToken = (token: string): void => {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
};

/** An API answer that was not 2xx, with the stable error code the API sent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const authHeaders = (): Record<string, string> => {
  const token = savedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { ...init, headers: { ...authHeaders(), ...init.headers } });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, error?.code ?? 'E_HTTP', error?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export const getJson = <T>(path: string): Promise<T> => call<T>(path);

export const postJson = <T>(path: string, body: unknown): Promise<T> =>
  call<T>(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

export const postForm = <T>(path: string, form: FormData): Promise<T> =>
  call<T>(path, { method: 'POST', body: form });
