// Makes the Norgeskart's geometry from the shared 2024 municipality TopoJSON (Kartverket, CC BY 4.0):
//   node scripts/prepare-map.mjs <kommuner-2024-s.topojson> [src/programme/map/kommuner-2024.topo.json]
// The app never reads the shared folder; it ships the file this writes. County borders are not a second file:
// the first two digits of a municipality number are its county, so the app draws them as the mesh between
// municipalities of different counties.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, quantize } from 'topojson-client';
import { filter, filterAttached, presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea } from 'd3-geo';

const [input, output = 'src/programme/map/kommuner-2024.topo.json'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/prepare-map.mjs <kommuner-2024-s.topojson> [output]');
  process.exit(2);
}

// Share of the (already "small quality") points kept, and islands below this many km² dropped unless they are a
// municipality's largest part (Røst, Træna and Utsira stay). Chosen by eye at the dashboard's size: coast and
// fjords still read as Norway's; the file is about a seventh of the source (a ninth, gzipped).
const KEEP = 0.4;
const MIN_ISLAND_KM2 = 4;
const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;

const source = JSON.parse(readFileSync(input, 'utf8'));
const [name] = Object.keys(source.objects);
const municipalities = source.objects[name];
if (municipalities.geometries.length !== 357) throw new Error(`expected 357 municipalities, got ${municipalities.geometries.length}`);

// Only the number travels: names, counties and figures come from the API.
let topology = {
  type: 'Topology',
  bbox: source.bbox,
  arcs: source.arcs,
  objects: {
    kommuner: {
      type: 'GeometryCollection',
      geometries: municipalities.geometries.map((g) => ({ type: g.type, arcs: g.arcs, id: g.properties.kommunenummer })),
    },
  },
};

// A ring's area in steradians whichever way it is wound (the source winds most rings the way d3-geo reads as
// "everything but this").
const ringArea = (ring) => {
  const area = geoArea(feature(topology, { type: 'Polygon', arcs: [ring] }).geometry);
  return Math.min(area, 4 * Math.PI - area);
};

const minSteradians = (MIN_ISLAND_KM2 / EARTH_KM2) * 4 * Math.PI;

// Every municipality keeps its largest part whatever its size, so none disappears from the map. (Filtering renumbers
// the arcs, so the rings are found again before each filter.)
const largestRings = () => {
  const largest = new Set();
  for (const g of topology.objects.kommuner.geometries) {
    const exteriors = g.type === 'Polygon' ? [g.arcs[0]] : g.arcs.map((p) => p[0]);
    largest.add(exteriors.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a)));
  }
  return largest;
};

topology = presimplify(topology, sphericalTriangleArea);
let largest = largestRings();
// A small island municipality (Kvitsøy, Træna) keeps every point of its largest part, or simplifying erases it.
for (const ring of largest) {
  if (ringArea(ring) >= minSteradians * 10) continue;
  for (const arc of ring) for (const point of topology.arcs[arc < 0 ? ~arc : arc]) point[2] = Infinity;
}
const attached = filterAttached(topology);
topology = filter(topology, (ring) => largest.has(ring) || attached(ring) || ringArea(ring) >= minSteradians);
topology = simplify(topology, quantile(topology, KEEP));
// Simplifying can fold a small ring onto itself; such a ring draws nothing.
largest = largestRings();
topology = filter(topology, (ring) => largest.has(ring) || ringArea(ring) > 1e-12);
topology = quantize(topology, 2e4);

// d3-geo wants exterior rings clockwise and holes counter-clockwise (the source winds them the other way round);
// a ring wound wrongly would cover the rest of the globe.
const ringCovers = (ring) => geoArea(feature(topology, { type: 'Polygon', arcs: [ring] }).geometry) > 2 * Math.PI;
const reverseRing = (ring) => ring.slice().reverse().map((arc) => ~arc);
let turned = 0;
const wind = (rings) => rings.map((ring, i) => {
  if (ringCovers(ring) === (i === 0)) {
    turned++;
    return reverseRing(ring);
  }
  return ring;
});
for (const g of topology.objects.kommuner.geometries) g.arcs = g.type === 'Polygon' ? wind(g.arcs) : g.arcs.map(wind);
for (const g of topology.objects.kommuner.geometries) {
  const area = geoArea(feature(topology, g).geometry);
  if (area > 2 * Math.PI) throw new Error(`${g.id} still covers the globe`);
}

const count = topology.objects.kommuner.geometries.length;
if (count !== 357) throw new Error(`lost municipalities: ${count}`);
const json = JSON.stringify(topology);
writeFileSync(output, json);
const points = topology.arcs.reduce((s, a) => s + a.length, 0);
console.log(`${output}: ${count} municipalities, ${topology.arcs.length} arcs, ${points} points, ${(json.length / 1024).toFixed(1)} KB (${turned} rings turned)`);
