#!/usr/bin/env node
// Build static/img/world.svg and static/img/world-path.txt from Natural Earth
// land polygons (1:110m) shipped in the npm package `world-atlas`.
//
// Dev-time only: nothing here runs on the web server. The output files are
// committed, so the site never fetches map data at run time.
//
// Usage:
//   mkdir -p /tmp/mapbuild && cd /tmp/mapbuild && npm install world-atlas@2 topojson-client@3
//   node tools/build_world_svg.mjs /tmp/mapbuild/node_modules
//
// The first argument is a node_modules folder holding both packages. Without
// it, NODE_PATH (first entry) is used, then ./node_modules.
//
// Projection: plain equirectangular, viewBox "0 0 1000 500":
//   x = (lon + 180) / 360 * 1000
//   y = (90 - lat) / 180 * 500
// Rings that cross the antimeridian are unwrapped and drawn twice (shifted by
// one world width); the SVG viewport clips the overflow. Rings that encircle a
// pole (Antarctica) are closed along the map's top/bottom edge.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const modulesDir = resolve(
  process.argv[2] ||
    (process.env.NODE_PATH || "").split(":").filter(Boolean)[0] ||
    join(process.cwd(), "node_modules"),
);

const { feature } = await import(
  pathToFileURL(join(modulesDir, "topojson-client", "src", "index.js")).href
).catch(() =>
  import(pathToFileURL(join(modulesDir, "topojson-client", "dist", "topojson-client.js")).href),
);
const topology = JSON.parse(readFileSync(join(modulesDir, "world-atlas", "land-110m.json"), "utf8"));
const atlasVersion = JSON.parse(readFileSync(join(modulesDir, "world-atlas", "package.json"), "utf8")).version;

const W = 1000;
const H = 500;
const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((90 - lat) / 180) * H;
// Round to one decimal, as an integer count of tenths (exact arithmetic later).
const tenths = (v) => Math.round(v * 10);

function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = out[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

// Returns a list of rings (in lon/lat, possibly outside [-180, 180]) to draw.
function prepareRing(ring) {
  let r = unwrap(ring);
  const drift = r[r.length - 1][0] - r[0][0];
  if (Math.abs(drift) > 180) {
    // Ring goes round a pole: close it along the pole line.
    const meanLat = r.reduce((s, p) => s + p[1], 0) / r.length;
    const poleLat = meanLat < 0 ? -90 : 90;
    // Drop the duplicated closing point, then extend a full turn either side
    // so the visible window [-180, 180] is fully covered.
    const open = r.slice(0, -1);
    const span = drift; // +/-360
    const ext = [
      ...open.map(([a, b]) => [a - span, b]),
      ...open,
      ...open.map(([a, b]) => [a + span, b]),
    ];
    const first = ext[0];
    const last = ext[ext.length - 1];
    ext.push([last[0], poleLat], [first[0], poleLat], first);
    return [ext];
  }
  const lons = r.map((p) => p[0]);
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  const rings = [r];
  if (max > 180) rings.push(r.map(([a, b]) => [a - 360, b]));
  if (min < -180) rings.push(r.map(([a, b]) => [a + 360, b]));
  return rings;
}

function ringToPath(ring) {
  // Project, round, drop repeated points, emit relative commands.
  const pts = [];
  for (const [lon, lat] of ring) {
    const p = [tenths(px(lon)), tenths(py(lat))];
    const q = pts[pts.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1) {
    const a = pts[0];
    const z = pts[pts.length - 1];
    if (a[0] === z[0] && a[1] === z[1]) pts.pop();
  }
  if (pts.length < 3) return "";
  const num = (t) => {
    const s = (t / 10).toFixed(1).replace(/\.0$/, "");
    return s.replace(/^(-?)0\./, "$1.");
  };
  const pair = (x, y) => {
    const sx = num(x);
    const sy = num(y);
    return sx + (sy.startsWith("-") ? "" : " ") + sy;
  };
  let d = "M" + pair(pts[0][0], pts[0][1]) + "l";
  for (let i = 1; i < pts.length; i++) {
    const part = pair(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
    d += (i === 1 || part.startsWith("-") ? "" : " ") + part;
  }
  return d + "z";
}

const land = feature(topology, topology.objects.land);
const features = land.type === "FeatureCollection" ? land.features : [land];
let d = "";
for (const f of features) {
  const g = f.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  for (const poly of polys) {
    for (const ring of poly) {
      for (const r of prepareRing(ring)) d += ringToPath(r);
    }
  }
}

const svg = `<?xml version="1.0" encoding="UTF-8"?>
<!-- World land outline, equirectangular projection (x = (lon+180)/360*1000, y = (90-lat)/180*500).
     Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain),
     via the npm package world-atlas ${atlasVersion} (land-110m). Generated by tools/build_world_svg.mjs. -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 500" role="img" aria-labelledby="world-title">
<title id="world-title">World map</title>
<style>.land{fill:#dfe7ee}</style>
<path class="land" d="${d}"/>
</svg>
`;

const outDir = join(repoRoot, "static", "img");
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "world.svg"), svg);
writeFileSync(join(outDir, "world-path.txt"), d); // one line, no newline: safe to inline in d="..."
console.log(`world.svg: ${Buffer.byteLength(svg)} bytes; path: ${d.length} chars`);
