import { useState } from 'preact/hooks';
import { savedToken, saveToken } from '../api.js';

/** The API token box: kept in this browser's localStorage, sent as a bearer header. */
export function Login({ onChange }: { onChange: () => void }) {
  const [token, setToken] = useState(savedToken());
  const [editing, setEditing] = useState(savedToken() === '');
  if (!editing)
    return (
      <span class="login">
        <span class="muted small">token set</span>{' '}
        <button type="button" class="mini" onClick={() => setEditing(true)}>
          change
        </button>
        <button
          type="button"
          class="mini"
          onClick={() => {
            saveToken('');
            setToken('');
            setEditing(true);
            onChange();
          }}
        >
          log out
        </button>
      </span>
    );
  return (
    <form
      class="login"
      onSubmit={(e) => {
        e.preventDefault();
        saveToken(token.trim());
        setEditing(false);
        onChange();
      }}
    >
      <input
        type="password"
        name="token"
        placeholder="API token (sitrep token create)"
        aria-label="API token"
        autocomplete="off"
        value={token}
        onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">Log in</button>
    </form>
  );
}
