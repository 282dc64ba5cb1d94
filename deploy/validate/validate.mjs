#!/usr/bin/env node
// Checks every object of a rendered manifest against the Kubernetes API schema of its
// apiVersion/kind, using the generated validators of kubernetes-models.
//
//   kubectl kustomize deploy/k8s/overlays/dev | node deploy/validate/validate.mjs [--json]
//   node deploy/validate/validate.mjs [--json] rendered.yaml...
//
// Exit 0: all objects valid (with --json, they are printed to stdout as one JSON array, so a
// caller can inspect exactly what was validated). Exit 1: invalid input; one line per problem
// on stderr, naming the object. Exit 2: usage error.
//
// Known limit: the kubernetes-models schemas accept unknown fields (a misspelt key passes).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const args = process.argv.slice(2);
const printJson = args.includes("--json");
const files = args.filter((a) => a !== "--json");
if (files.some((f) => f.startsWith("-"))) {
  console.error("usage: validate.mjs [--json] [file.yaml...]   (reads stdin without files)");
  process.exit(2);
}

const sources = files.length > 0
  ? files.map((f) => ({ source: f, text: readFileSync(f, "utf8") }))
  : [{ source: "stdin", text: readFileSync(0, "utf8") }];

const problems = [];
const objects = [];
for (const { source, text } of sources) {
  for (const doc of parseAllDocuments(text)) {
    const issues = [...doc.errors, ...doc.warnings];
    if (issues.length > 0) {
      problems.push(`${source}: YAML: ${issues.map((e) => e.message).join("; ")}`);
      continue;
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
}

if (objects.length === 0 && problems.length === 0) {
  problems.push("no objects in the input: an empty render is never valid");
}

for (const object of objects) {
  const id = describe(object);
  const model = await modelFor(object?.apiVersion, object?.kind);
  if (!model) {
    problems.push(`${id}: unknown apiVersion/kind (no schema in kubernetes-models)`);
    continue;
  }
  try {
    new model(asApiServerDecodes(object)).validate();
  } catch (error) {
    const details = Array.isArray(error.errors)
      ? error.errors.map((e) => `${e.instancePath || "/"} ${e.message}`)
      : [error.message];
    for (const detail of details) problems.push(`${id}: ${detail}`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`INVALID: ${problems.length} problem(s) in ${objects.length} object(s)`);
  process.exit(1);
}

console.error(`valid: ${objects.length} object(s): ${objects.map(describe).join(", ")}`);
if (printJson) process.stdout.write(JSON.stringify(objects));

// kustomize wraps long base64 values over several lines; the API server's base64 decoder skips
// line breaks, the schema's "byte" format does not. Compare what the server would see.
function asApiServerDecodes(object) {
  const field = object.kind === "Secret" ? "data" : object.kind === "ConfigMap" ? "binaryData" : undefined;
  if (!field || typeof object[field] !== "object" || object[field] === null) return object;
  const unwrapped = Object.fromEntries(Object.entries(object[field])
    .map(([key, value]) => [key, typeof value === "string" ? value.replace(/[\r\n]/g, "") : value]));
  return { ...object, [field]: unwrapped };
}

function describe(object) {
  const kind = object?.kind ?? "<no kind>";
  const name = object?.metadata?.name ?? "<no name>";
  const ns = object?.metadata?.namespace;
  return `${object?.apiVersion ?? "<no apiVersion>"} ${kind} ${ns ? `${ns}/` : ""}${name}`;
}

// kubernetes-models publishes one module per kind: "<group>/<version>/<Kind>", core as "v1/<Kind>".
// The module must export a top-level resource whose own apiVersion and kind match, so a nested
// type such as v1/Container is not mistaken for a resource.
async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return undefined;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(kind) || !/^([a-z0-9.-]+\/)?v[a-z0-9]+$/.test(apiVersion)) return undefined;
  try {
    const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
    const model = module[kind];
    return model?.apiVersion === apiVersion && model?.kind === kind ? model : undefined;
  } catch (error) {
    if (error?.code === "ERR_PACKAGE_PATH_NOT_EXPORTED" || error?.code === "ERR_MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}
