import { z } from 'zod';
import { once } from './memoized.js';
import { loadModel } from './model.js';

const nounList = z.array(z.string().min(1)).min(1);
const furnitureFile = z.object({ imageNouns: nounList, stillImageNouns: nounList });

/** The nouns of pictures a page's furniture names (model/report-furniture.json), checked once when loaded. */
export const reportFurniture: () => z.infer<typeof furnitureFile> = once(() =>
  loadModel('report-furniture', furnitureFile),
);
