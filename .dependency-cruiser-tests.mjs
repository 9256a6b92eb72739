// The tests, their helpers and the benchmarks (`npm run depcheck`, second pass): they may import
// any layer of the server, but never in a circle. The product's rules: .dependency-cruiser.mjs.
import product from './.dependency-cruiser.mjs';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: product.forbidden.filter((rule) => rule.name === 'no-circular'),
  options: { ...product.options, exclude: undefined },
};
