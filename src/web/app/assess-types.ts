/** The assessment JSON of `GET /api/questions/:id`: part of the wire contract shared with the server. */
export type * from '../../core/api-contract-assessment.js';
