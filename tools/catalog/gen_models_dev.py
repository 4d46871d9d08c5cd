#!/usr/bin/env python3
"""Generates the built-in model catalog resource of switchboard-engine from a models.dev checkout.

models.dev (https://github.com/anomalyco/models.dev, MIT licence) keeps one TOML file per
provider and model: providers/<provider>/models/<model>.toml. This script reads them and writes

  switchboard-engine/src/main/resources/catalog/models-dev.json
  switchboard-engine/src/main/resources/catalog/LICENSE-models.dev.txt   (the MIT notice, copied)

keeping only the fields the gateway uses: prices in USD per 1M tokens (input, output, cache_read,
cache_write, reasoning), context tiers, limits (context, input, output), modalities and a few
capabilities. Prices are copied as exact decimals (never through binary floats).

Rules applied to the source data:
  * A file whose whole content is a relative path to another .toml file is a git symlink stored as
    text: it is followed (a link to a missing file is skipped with a message).
  * base_model = "p/m" inherits from providers/p/models/m.toml when that file exists and is not the
    file itself (tables are merged key by key, the model's own values win; base_model_omit paths are
    removed from the base first). Otherwise the base lives in models.dev's provider-agnostic models/
    folder, which this snapshot does not have: the model's own fields are used, and name, limits,
    modalities and capabilities it lacks are taken from a self-contained file (no base_model) of
    the same model id under another provider (google-vertex first, then by name). Prices are never
    borrowed.
  * [[cost.tiers]] with tier.size N (type "context" or no type) becomes a tier "above N input tokens";
    the legacy [cost.context_over_200k] table becomes a tier above 200000.
  * Keys outside the models.dev schema (e.g. cache_input, cached_input) are ignored.
  * A model is kept when it has a price (input and output) or a context limit.

Usage: python3 tools/catalog/gen_models_dev.py [--source DIR] [--out DIR] [--all-providers]
Requires Python 3.11+ (tomllib).
"""
import argparse
import copy
import decimal
import json
import pathlib
import sys
import tomllib

# Providers kept by default: first-party APIs and the well-known hosts and routers users put behind
# an OpenAI-compatible provider. --all-providers keeps every provider folder.
DEFAULT_PROVIDERS = [
    "openai", "anthropic", "google", "google-vertex", "google-vertex-anthropic", "azure",
    "amazon-bedrock", "xai", "mistral", "deepseek", "groq", "cerebras", "togetherai",
    "fireworks-ai", "deepinfra", "openrouter", "perplexity", "cohere", "moonshotai", "zai",
    "zhipuai", "alibaba", "minimax", "nvidia", "novita-ai", "siliconflow", "nebius",
    "huggingface", "github-models", "ollama-cloud", "xiaomi", "stepfun", "vercel", "llama",
    "inception", "upstage", "baseten", "scaleway", "ovhcloud",
]

# For a bare model name found under several providers, the first of these that has it owns the name.
FIRST_PARTY = [
    "openai", "anthropic", "google", "xai", "mistral", "deepseek", "cohere", "moonshotai", "zai",
    "alibaba", "minimax", "xiaomi", "stepfun", "perplexity", "llama", "inception", "upstage",
]

PRICE_KEYS = ["input", "output", "cache_read", "cache_write", "reasoning"]
CAPABILITIES = ["tool_call", "reasoning", "structured_output", "attachment", "temperature"]


def read_toml(path, seen=None):
    seen = seen or set()
    text = path.read_text(encoding="utf-8")
    stripped = text.strip()
    if stripped.endswith(".toml") and "\n" not in stripped and "=" not in stripped:
        target = (path.parent / stripped).resolve()
        if target in seen or not target.exists():
            return None
        seen.add(target)
        return read_toml(target, seen)
    return tomllib.loads(text, parse_float=decimal.Decimal)


def omit(data, dotted):
    node = data
    parts = dotted.split(".")
    for part in parts[:-1]:
        node = node.get(part)
        if not isinstance(node, dict):
            return
    node.pop(parts[-1], None)


def merge(base, own):
    out = copy.deepcopy(base)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


METADATA_DONORS = ["google-vertex", "openai", "anthropic", "azure", "amazon-bedrock"]
METADATA_KEYS = ["name", "limit", "modalities"] + CAPABILITIES


def metadata_donor(root, model):
    candidates = sorted(root.glob(f"*/models/{model}.toml"),
                        key=lambda p: (METADATA_DONORS.index(p.parts[-3]) if p.parts[-3] in METADATA_DONORS
                                       else len(METADATA_DONORS), p.parts[-3]))
    for path in candidates:
        data = read_toml(path)
        if data and not data.get("base_model") and isinstance(data.get("limit"), dict):
            return data
    return None


def with_metadata(root, model, data):
    donor = metadata_donor(root, model)
    if donor is None:
        return data
    out = dict(data)
    for key in METADATA_KEYS:
        if key not in out and key in donor:
            out[key] = copy.deepcopy(donor[key])
    return out


def resolve(root, path, data, depth=0):
    ref = data.get("base_model")
    if not ref or depth > 8:
        return data
    provider, _, model = ref.partition("/")
    target = root / provider / "models" / (model + ".toml")
    if not target.exists() or target.resolve() == path.resolve():
        return with_metadata(root, model, data)
    base = read_toml(target)
    if base is None:
        return data
    base = copy.deepcopy(resolve(root, target, base, depth + 1))
    for dotted in data.get("base_model_omit", []):
        omit(base, dotted)
    return merge(base, data)


def price_block(cost):
    block = {k: cost[k] for k in PRICE_KEYS if isinstance(cost.get(k), (int, decimal.Decimal))}
    return block


def tiers(cost):
    out = []
    for tier in cost.get("tiers", []) or []:
        spec = tier.get("tier", {})
        if spec.get("type", "context") != "context" or "size" not in spec:
            continue
        entry = {"above": int(spec["size"])}
        entry.update(price_block(tier))
        out.append(entry)
    legacy = cost.get("context_over_200k")
    if isinstance(legacy, dict):
        entry = {"above": 200000}
        entry.update(price_block(legacy))
        out.append(entry)
    return sorted(out, key=lambda t: t["above"])


def entry(data):
    cost = data.get("cost") or {}
    limit = data.get("limit") or {}
    mods = data.get("modalities") or {}
    out = {}
    if data.get("name"):
        out["name"] = data["name"]
    price = price_block(cost)
    if "input" in price and "output" in price:
        out["price"] = price
        tier_list = tiers(cost)
        if tier_list:
            out["tiers"] = tier_list
    for src, dst in (("context", "context"), ("input", "input_limit"), ("output", "output_limit")):
        if isinstance(limit.get(src), int) and limit[src] > 0:
            out[dst] = limit[src]
    if mods.get("input"):
        out["in"] = list(mods["input"])
    if mods.get("output"):
        out["out"] = list(mods["output"])
    caps = [c for c in CAPABILITIES if data.get(c) is True]
    if caps:
        out["caps"] = caps
    if "price" not in out and "context" not in out:
        return None
    return out


def load(source, providers):
    root = source / "providers"
    catalog = {}
    for provider_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if providers is not None and provider_dir.name not in providers:
            continue
        models_dir = provider_dir / "models"
        if not models_dir.is_dir():
            continue
        models = {}
        for path in sorted(models_dir.rglob("*.toml")):
            model_id = path.relative_to(models_dir).as_posix()[: -len(".toml")]
            data = read_toml(path)
            if data is None:
                print(f"skipped dangling link {path}", file=sys.stderr)
                continue
            item = entry(resolve(root, path, data))
            if item is not None:
                models[model_id] = item
        if models:
            catalog[provider_dir.name] = models
    return catalog


def to_json(value):
    if isinstance(value, decimal.Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + to_json(v) for k, v in value.items()) + "}"
    raise TypeError(type(value))


def write(catalog, out_dir, source):
    lines = ["{", '"source":"models.dev (https://models.dev), MIT licence: see LICENSE-models.dev.txt",',
             '"units":"USD per 1M tokens",',
             '"first_party":' + to_json(FIRST_PARTY) + ",", '"providers":{']
    provider_lines = []
    for provider, models in catalog.items():
        model_lines = [json.dumps(m) + ":" + to_json(e) for m, e in models.items()]
        provider_lines.append(json.dumps(provider) + ":{\n" + ",\n".join(model_lines) + "\n}")
    lines.append(",\n".join(provider_lines))
    lines.append("}}")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "models-dev.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    licence = (source / "LICENSE").read_text(encoding="utf-8")
    (out_dir / "LICENSE-models.dev.txt").write_text(
        "The file models-dev.json in this folder is generated from models.dev\n"
        "(https://github.com/anomalyco/models.dev) by tools/catalog/gen_models_dev.py.\n"
        "models.dev is distributed under the following licence:\n\n" + licence, encoding="utf-8")


def main():
    here = pathlib.Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=pathlib.Path, default=pathlib.Path("/work/shared/data/models.dev"))
    parser.add_argument("--out", type=pathlib.Path,
                        default=here / "switchboard-engine/src/main/resources/catalog")
    parser.add_argument("--all-providers", action="store_true")
    args = parser.parse_args()
    providers = None if args.all_providers else set(DEFAULT_PROVIDERS)
    catalog = load(args.source, providers)
    write(catalog, args.out, args.source)
    count = sum(len(m) for m in catalog.values())
    print(f"wrote {count} models from {len(catalog)} providers to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
