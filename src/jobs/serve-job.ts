// The server as the CLI's `serve` and `token` commands and the API bench start it: edges reach one
// another only through jobs/ (the architecture test), so the composition roots import it from here.
export { createApp } from '../server/app.js';
export { readServedQuestions } from '../server/questions.js';
export { startServer } from '../server/start-server.js';
export { newToken, tokenHash } from '../server/token.js';
