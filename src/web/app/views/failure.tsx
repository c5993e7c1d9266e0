import { ApiError } from '../api.js';

/** An error from the API, with a hint when the token is missing or wrong. */
export function Failure({ error }: { error: Error }) {
  const auth = error instanceof ApiError && error.status === 401;
  return (
    <p class="error" role="alert">
      {error instanceof ApiError ? `${error.code}: ` : ''}
      {error.message}
      {auth ? ' — enter an API token above (sitrep token create --name you).' : ''}
    </p>
  );
}
