/** The HTML escaping helpers live in core (the server's pages use them too). */
export { esc, type Html, html, raw } from '../../core/html-escape.js';
