// Builds the Alliance map the generator draws (src/main/resources/org/explainer/figure/alliance-map.json)
// from Natural Earth's 1:50m countries, as packaged by world-atlas. The generator never runs this: it reads
// the committed JSON. Rerun it after changing the members, the frame or the detail:
//
//   cd tools/map && npm ci && node build-map.mjs
//
// Europe is drawn in a conic conformal projection clipped to a frame from Iceland to the Urals' foot; the
// United States and Canada, the two members across the Atlantic, in an inset at a smaller scale. Shapes
// are simplified (topology-preserving, so neighbours keep shared borders) and written as SVG path data in
// whole units of a 1000-unit-wide drawing, so the asset stays small and its bytes are the same on every run.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoConicConformal, geoPath } from "d3-geo";
import { feature, merge } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../../src/main/resources/org/explainer/figure/alliance-map.json");
const atlasPackage = JSON.parse(readFileSync(join(here, "node_modules/world-atlas/package.json"), "utf8"));
const atlas = JSON.parse(readFileSync(join(here, "node_modules/world-atlas/countries-50m.json"), "utf8"));

// The 32 members of NATO in December 2024 (ISO 3166-1 numeric codes, as world-atlas ids them), named as
// the explainer names countries.
const MEMBERS = {
  "008": "Albania", "056": "Belgium", "100": "Bulgaria", "124": "Canada", "191": "Croatia", "203": "Czechia",
  "208": "Denmark", "233": "Estonia", "246": "Finland", "250": "France", "276": "Germany", "300": "Greece",
  "348": "Hungary", "352": "Iceland", "380": "Italy", "428": "Latvia", "440": "Lithuania", "442": "Luxembourg",
  "499": "Montenegro", "528": "Netherlands", "578": "Norway", "616": "Poland", "620": "Portugal", "642": "Romania",
  "703": "Slovakia", "705": "Slovenia", "724": "Spain", "752": "Sweden", "792": "Türkiye", "807": "North Macedonia",
  "826": "United Kingdom", "840": "United States",
};
// Drawn as part of a member: Greenland is Danish territory.
const PART_OF = { "304": "208" };
const SUBJECTS = { "804": "Ukraine", "643": "Russia" };
if (Object.keys(MEMBERS).length !== 32) throw new Error("NATO has 32 members in December 2024");

const WIDTH = 1000;
const HEIGHT = 760;
const INSET = { x: 8, y: 560, width: 236, height: 192 };

// Drop the least significant points, keeping topology; the quantile sets how much detail survives.
const topology = presimplify(atlas);
const simplified = simplify(topology, quantile(topology, 0.06));
const countries = withCrimeaInUkraine(simplified);

/**
 * The countries as GeoJSON features, with Ukraine drawn within its internationally recognised borders:
 * Natural Earth's 1:50m countries place Crimea in Russia, so the Russian polygon that lies in Crimea is
 * merged into Ukraine.
 */
function withCrimeaInUkraine(topology) {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === "643");
  const ukraine = geometries.find((g) => g.id === "804");
  const inCrimea = (polygon) => {
    const ring = feature(topology, { type: "Polygon", arcs: polygon }).geometry.coordinates[0];
    return ring.every(([lon, lat]) => lon > 32 && lon < 37 && lat > 44 && lat < 46.3);
  };
  const crimea = russia.arcs.filter(inCrimea);
  if (crimea.length !== 1) throw new Error("expected one Russian polygon in Crimea, found " + crimea.length);
  const rest = { ...russia, type: "MultiPolygon", arcs: russia.arcs.filter((p) => !inCrimea(p)) };
  const ukraineWhole = merge(topology, [ukraine, { type: "Polygon", arcs: crimea[0] }]);
  return geometries.map((g) => {
    if (g === ukraine) return { type: "Feature", id: g.id, properties: g.properties, geometry: ukraineWhole };
    return feature(topology, g === russia ? rest : g);
  });
}

// Europe: lon -25..45, lat 34..71, fitted to the frame and clipped to it.
const europe = geoConicConformal().rotate([-12, 0]).parallels([40, 66]);
europe.fitExtent([[0, 0], [WIDTH, HEIGHT]], {
  type: "MultiPoint",
  coordinates: [[-24, 63], [-29, 40], [-10, 35], [44, 36], [44, 70], [-20, 67], [10, 71], [28, 34]],
}).clipExtent([[0, 0], [WIDTH, HEIGHT]]);
// The inset: the United States and Canada from Alaska to Newfoundland.
const america = geoConicConformal().rotate([100, 0]).parallels([33, 60]);
const insetBox = [[INSET.x + 6, INSET.y + 6], [INSET.x + INSET.width - 6, INSET.y + INSET.height - 6]];
america.fitExtent(insetBox, {
  type: "MultiPoint",
  coordinates: [[-168, 66], [-125, 48], [-117, 32], [-80, 25], [-66, 45], [-52, 48], [-62, 82], [-120, 76]],
}).clipExtent([[INSET.x, INSET.y], [INSET.x + INSET.width, INSET.y + INSET.height]]);

const europePath = geoPath(europe).digits(0);
const americaPath = geoPath(america).digits(0);

const shapes = [];
for (const country of countries) {
  const id = country.id ?? "";
  const name = country.properties.name;
  const memberId = MEMBERS[id] ? id : PART_OF[id];
  const across = id === "840" || id === "124";
  const d = (across ? americaPath : europePath)(country);
  if (!d || d.length < 8) continue;
  shapes.push({
    id: id || name,
    name: MEMBERS[id] ?? SUBJECTS[id] ?? name,
    member: memberId ? MEMBERS[memberId] : null,
    path: d,
  });
}
// Sea first, then others, then members, so that members' borders draw on top; by id within each.
const rank = (s) => (s.member ? 2 : SUBJECTS[s.id] ? 3 : 1);
shapes.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const missing = Object.values(MEMBERS).filter((m) => !shapes.some((s) => s.member === m));
if (missing.length) throw new Error("members outside the frame: " + missing.join(", "));

const asset = {
  source: "Natural Earth 1:50m Admin 0 countries",
  via: `world-atlas ${atlasPackage.version}`,
  width: WIDTH,
  height: HEIGHT,
  inset: INSET,
  countries: shapes,
};
writeFileSync(out, JSON.stringify(asset, null, 1) + "\n");
const bytes = shapes.reduce((n, s) => n + s.path.length, 0);
console.log(`wrote ${out}: ${shapes.length} shapes, ${bytes} bytes of path data`);
