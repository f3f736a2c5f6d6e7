import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from '../compose';

// Writes gateway/supergraph.graphql from services/*/schema.graphql.
const root = path.resolve(__dirname, '..', '..', '..');
const out = path.join(root, 'gateway', 'supergraph.graphql');
fs.writeFileSync(out, composeSupergraph(root));
process.stdout.write(`wrote ${path.relative(root, out)}\n`);
