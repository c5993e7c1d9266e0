/** The JSON the workbench reads from the API: the server's wire contract, shared with it. */
export type * from '../../core/api-contract.js';
