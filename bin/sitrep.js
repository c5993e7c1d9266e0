#!/usr/bin/env node
import { boundHeapGrowth } from '../dist/cli/heap-growth.js';
import { main } from '../dist/cli/main.js';

boundHeapGrowth();
process.exitCode = await main(process.argv);
