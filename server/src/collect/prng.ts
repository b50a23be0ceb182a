// The project's one seeded PRNG lives with the search (which may not import collect); re-exported here.
export { mulberry32 } from '../search/prng';
