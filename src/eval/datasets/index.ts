import type { EvalDataset } from '../prf.js';
import { belarusAttributions } from './belarus-attributions.js';
import { belarusDates } from './belarus-dates.js';
import { belarusPeople } from './belarus-people.js';
import { belarusQuantities } from './belarus-quantities.js';
import { ecbplus } from './ecbplus.js';
import { gumNews } from './gum-news.js';
import { newsquant } from './newsquant.js';
import { polnear, polnearTest } from './polnear.js';
import { re3d } from './re3d.js';
import { tempeval3 } from './tempeval3.js';

/** Every gold set `npm run eval` scores; one line each. */
export const datasets: readonly EvalDataset[] = [
  belarusAttributions,
  polnear,
  polnearTest,
  belarusDates,
  belarusPeople,
  belarusQuantities,
  newsquant,
  re3d,
  tempeval3,
  ecbplus,
  gumNews,
];
