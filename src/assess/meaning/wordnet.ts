/** The WordNet reader lives in core, beside loadModel: the inner folders read no file themselves. */
export * from '../../core/wordnet.js';
