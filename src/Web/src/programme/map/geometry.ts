import { geoPath, geoTransverseMercator } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** The map file's shape: one object, each municipality's geometry carrying its number as id. */
export type NorwayTopology = Topology<{ kommuner: GeometryCollection }>;

/** A municipality's outline, its number as id. */
export type MunicipalityShape = Feature<Polygon | MultiPolygon, GeoJsonProperties> & { id: string };

/** The outlines of every municipality and the borders between counties, in longitude and latitude. */
export interface NorwayShapes {
  municipalities: MunicipalityShape[];
  countyBorders: MultiLineString;
}

/** The county a municipality belongs to: the first two digits of its number (so it is for the 2024 numbers). */
export const countyOf = (municipalityNumber: string) => municipalityNumber.slice(0, 2);

/** Reads the TopoJSON once into outlines and county borders (the borders are where two counties' municipalities meet). */
export function toShapes(topology: NorwayTopology): NorwayShapes {
  const all = feature(topology, topology.objects.kommuner) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    municipalities: all.features.map((f) => ({ ...f, id: String(f.id) })),
    countyBorders: mesh(topology, topology.objects.kommuner, (a, b) => a !== b && countyOf(String(a.id)) !== countyOf(String(b.id))),
  };
}

/** One municipality as drawn: its SVG path and the point its label and keyboard moves are measured from. */
export interface DrawnMunicipality {
  number: string;
  d: string;
  centre: [number, number];
}

/** The drawing of the map at a size, fitted to the chosen municipalities (a county, or all of Norway). */
export interface Drawing {
  width: number;
  /** As tall as the chosen municipalities need at this width, within the limits asked for. */
  height: number;
  municipalities: DrawnMunicipality[];
  countyBorders: string;
}

/**
 * Projects the outlines for an SVG of the given width. UTM zone 33's transverse Mercator (centred on 15° E) is the
 * projection Norwegian maps use, so the country has the shape its readers know. A wide county gets a low map rather
 * than a band of neighbours above and below it.
 */
export function draw(shapes: NorwayShapes, width: number, maxHeight: number, fitTo: (number: string) => boolean, padding = 16): Drawing {
  const chosen = shapes.municipalities.filter((m) => fitTo(m.id));
  const target: FeatureCollection = { type: 'FeatureCollection', features: chosen.length ? chosen : shapes.municipalities };
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(width - 2 * padding, target);
  const [[, top], [, bottom]] = geoPath(projection).bounds(target);
  const height = Math.round(Math.min(maxHeight, Math.max(width / 2, bottom - top + 2 * padding)));
  projection.fitExtent([[padding, padding], [width - padding, height - padding]], target);
  const path = geoPath(projection);
  return {
    width,
    height,
    municipalities: shapes.municipalities.map((m) => ({ number: m.id, d: path(m) ?? '', centre: labelPoint(path, m) })),
    countyBorders: path(shapes.countyBorders) ?? '',
  };
}

// The centroid of a municipality's largest part: a coastal municipality's islands would pull the whole centroid out
// to sea, away from where the eye (and the keyboard) looks for it.
function labelPoint(path: ReturnType<typeof geoPath>, m: MunicipalityShape): [number, number] {
  if (m.geometry.type === 'Polygon') return path.centroid(m);
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of m.geometry.coordinates) {
    const part: Feature<Polygon> = { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates } };
    const area = path.area(part);
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  return best ? path.centroid(best) : path.centroid(m);
}
