"""`scanner explain`: everything behind one verdict, for a reviewer."""

from __future__ import annotations

import json
from collections import defaultdict

from scanner.detect.analyze import Analysis
from scanner.policy.exclusions import exclusions_for
from scanner.policy.scoring import score_categories
from scanner.report.controls import escaped
from scanner.report.text import path_line
from scanner.types import CATEGORIES, Verdict, shown_score

PER_RULE = 3  # places shown per matched rule


def explanation(verdict: Verdict, analysis: Analysis | None, scanner) -> dict:
    out = {
        "verdict": verdict.to_dict(),
        "lexicon": {
            "digest": scanner.detector.lexicon.digest,
            "files": dict(scanner.detector.lexicon.versions),
        },
    }
    if analysis is None:
        return out
    scores = score_categories(analysis.findings)
    out["scores"] = {
        c: {
            "score": round(scores.score[c], 4),
            "raw": round(scores.raw[c], 3),
            "after_factors": round(scores.tech[c], 3),
            "other_material_factor": round(scores.other_factor[c], 3),
        }
        for c in CATEGORIES
    }
    out["factors"] = {
        "rare_earth_anchoring": round(scores.re_strength, 3),
        "rare_earth_factor": round(scores.re_factor, 3),
        "mention_weight": round(scores.mention, 3),
        "mention_factor": round(scores.mention_factor, 3),
        "strengthen_factor": round(scores.strengthen_factor, 3),
        "process_parameters": round(scores.parameters, 3),
        "distinct_stage_terms": scores.distinct_terms,
    }
    candidates = exclusions_for(analysis, scores)
    out["exclusion_candidates"] = [
        {"reason": e.reason, "score": round(e.score, 3), "cues": [ev.to_dict() for ev in e.evidence]}
        for e in candidates
    ]
    grouped: dict[str, list[dict]] = defaultdict(list)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for f in analysis.findings:
        key = (f.kind, f.rule_id)
        counts[key] += 1
        if counts[key] > PER_RULE:
            continue
        item = {
            "rule": f.rule_id,
            "category": f.category,
            "text": f.matched_text,
            "location": str(f.location),
            "snippet": f.snippet,
            "weight": f.weight,
            **dict(f.attrs),
        }
        if counts[key] == 1 and f.rule_id in scores.mention_terms and f.kind == "context":
            # what the term adds to the trade-context weight (`factors.mention_weight`): a term
            # counts once however often it stands, twice over in the document's opening
            item["mention_weight"] = round(scores.mention_terms[f.rule_id], 3)
        grouped[f.kind].append(item)
    out["findings"] = grouped
    # the places past PER_RULE a rule matched, by kind: said, so that a reader does not take the
    # places shown for all of them (three temperatures on page 3 hid three on page 5)
    more = defaultdict(int)
    for (kind, _rule), n in counts.items():
        if n > PER_RULE:
            more[kind] += n - PER_RULE
    if more:
        out["findings_not_shown"] = dict(more)
    if scanner.model is not None:
        from scanner.classify.features import dense_features, model_text

        models = scanner.model.models
        text, dense = model_text(analysis), dense_features(analysis)
        out["model"] = {
            "probabilities": {k: round(v, 4) for k, v in models.probabilities(text, dense).items()},
            "blend": models.blend,
            "strongest_features": [
                {"feature": name, "contribution": round(value, 4)}
                for name, value in models.strongest_features(text, dense, "flag")
            ],
            "training_data_sha256": scanner.model.manifest.get("training_data_sha256"),
        }
    out["sections"] = _sections(analysis, scores, candidates, scanner)
    out["match_counts"] = {f"{k}:{r}": n for (k, r), n in sorted(counts.items())}
    return out


def redacted(data: dict) -> dict:
    """An explanation with the document's words and values masked as `--redact` masks a
    report (`report/redact.py`): snippets keep their terms, values keep their units, section
    titles and sheet names are masked, and the model's text features (n-grams of the document)
    are left out; the scanner's own numbers stay."""
    from scanner.report.redact import VALUE_KINDS, mask_numbers, mask_place, mask_snippet, redact_section

    terms = [
        i["text"]
        for kind, items in data.get("findings", {}).items()
        if kind not in VALUE_KINDS
        for i in items
    ]
    for kind, items in data.get("findings", {}).items():
        for i in items:
            shown = mask_numbers(i["text"]) if kind in VALUE_KINDS else i["text"]
            i["snippet"] = mask_snippet(i.get("snippet") or "", i["text"], shown)
            i["text"] = shown
            i["location"] = mask_place(i["location"], terms)
    for candidate in data.get("exclusion_candidates", []):
        for cue in candidate["cues"]:
            cue["snippet"] = mask_snippet(cue.get("snippet") or "", cue["text"], cue["text"])
            cue["location"] = mask_place(cue.get("location") or "", terms)
    for row in data.get("sections", []):
        row["section"] = redact_section(row["section"], terms)
    if "model" in data:
        data["model"]["strongest_features"] = [
            f for f in data["model"]["strongest_features"] if f["feature"].startswith("rule:")
        ]
    data["redacted"] = True
    return data


def render_explanation(
    verdict: Verdict,
    analysis: Analysis | None,
    scanner,
    fmt: str,
    parts: list[Verdict] | None = None,
    redact: bool = False,
) -> str:
    if redact:
        from scanner.report.redact import redact as redact_verdict

        verdict = redact_verdict(verdict)
    data = explanation(verdict, analysis, scanner)
    if redact:
        data = redacted(data)
    if parts:  # a container's members, a document's embedded objects: each can be explained
        data["parts"] = [
            {
                "path": p.path,
                "verdict": p.verdict,
                "score": round(p.score, 3),
                "control_codes": list(p.control_codes),
                "categories": list(p.categories),
            }
            for p in parts
        ]
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    v = data["verdict"]
    lines = [f"{v['path']}", f"  verdict:   {v['verdict']}   score {shown_score(v['score'], 3)}"]
    if v["verdict"] == "error":
        lines.append(f"  error:     {v['error']}")
        lines += [f"  - {r}" for r in v["reasons"][1:]]
        return escaped("\n".join(lines) + "\n")
    lines += [
        f"  codes:     {', '.join(v['control_codes']) or '-'}",
        f"  stages:    {', '.join(v['categories']) or '-'}"
        + (f"   magnets: {', '.join(v['magnet_types'])}" if v["magnet_types"] else ""),
        f"  carrier:   {v['carrier']}   type {v['file_type']}   language {v['language']}",
    ]
    if v["exclusion"]:
        lines.append(f"  exclusion: {v['exclusion']['reason']} ({v['exclusion']['score']:.2f})")
    lines.append("\nWhy")
    lines += [f"  - {r}" for r in v["reasons"]]
    if "scores" in data:
        lines.append("\nStage scores (raw → after factors → score)")
    for c, s in data.get("scores", {}).items():
        if s["raw"] > 0:
            lines.append(f"  {c:<22} {s['raw']:6.2f} → {s['after_factors']:6.2f} → {s['score']:.3f}")
    if "factors" in data:
        lines.append("\nFactors")
    for k, val in data.get("factors", {}).items():
        lines.append(f"  {k:<24} {val}")
    if len(data.get("sections", [])) > 1:
        lines.append("\nSections (rules / model → combined)")
        for row in data["sections"]:
            model = f"{row['model']:.2f}" if row["model"] is not None else "-"
            ignored = (
                f"  [not counted: rules {row['rules']:.2f} below the review threshold]"
                if row.get("counted") is False
                else ""
            )
            where = row["section"] + ignored
            lines.append(f"  {row['combined']:.2f}  ({row['rules']:.2f} / {model})  {where}")
    if data.get("exclusion_candidates"):
        lines.append("\nExclusion cues")
        for e in data["exclusion_candidates"]:
            lines.append(
                f"  {e['reason']} {e['score']:.2f}: "
                + "; ".join(f"{c['text']} ({c['location']})" for c in e["cues"][:6])
            )
    titles = [
        ("stage", "Process terms"),
        ("value", "Measured values"),
        ("anchor", "Rare-earth anchors"),
        ("clause-b", "Clause b (production-line work)"),
        ("parameter", "Parameter names"),
        ("context", "Context"),
        ("other-material", "Other materials"),
        ("carrier", "Carrier cues"),
    ]
    findings = data.get("findings", {})
    for kind, title in titles:
        items = findings.get(kind) or []
        if kind == "value":
            items = [i for i in items if i.get("near_term") == "yes"]
        if not items:
            continue
        lines.append(f"\n{title}")
        hidden = data.get("findings_not_shown", {}).get(kind, 0) + max(0, len(items) - 40)
        for i in items[:40]:
            cat = f"[{i['category']}] " if i.get("category") else ""
            adds = f", adds {i['mention_weight']:.2f} to the context weight" if "mention_weight" in i else ""
            if "profile" in i:  # `detect/profiles.py`: the finding stands at the tempering word
                adds = f", the sintered-NdFeB heat-treatment profile {i['profile']}"
            if "recipe" in i:  # `detect/recipes.py`: the finding stands at the recipe's first share
                adds = f", the alloy recipe {i['recipe']}"
            lines.append(f"  {cat}{i['text']!r} @ {i['location']} (w {i['weight']}{adds}): {i['snippet']}")
        if hidden:
            lines.append(
                f"  … and {hidden} more place(s) not shown ({PER_RULE} a rule; "
                "scanner scan FILE --format json lists the verdict's evidence)"
            )
    if data.get("parts"):
        lines.append("\nParts (explain one with: scanner explain 'PATH', quoted as shown)")
        for part in data["parts"]:
            what = " ".join(part["control_codes"] + part["categories"])
            shown = path_line(part["path"])
            lines.append(f"  {part['verdict'].upper():<10} {part['score']:.2f}  {shown}  {what}".rstrip())
    if "model" in data:
        m = data["model"]
        lines.append("\nLearned model (weight " + f"{m['blend']:.2f})")
        lines.append("  " + ", ".join(f"{k} {v:.2f}" for k, v in m["probabilities"].items()))
        lines.append("  strongest features for 'flag' (+ pushes towards 1E902, − away):")
        for f in m["strongest_features"]:
            lines.append(f"    {f['contribution']:+.3f}  {f['feature']!r}")
    lines.append(f"\nlexicon digest {data['lexicon']['digest'][:16]}")
    # a file's control characters (a terminal's escape sequences) as their escapes
    return escaped("\n".join(lines) + "\n")


def _sections(analysis: Analysis, scores, candidates, scanner) -> list[dict]:
    """Every judged section with its rules score, model probability and combined score."""
    from scanner.policy.sectioned import judge_sections

    judged = judge_sections(
        analysis, scores, lambda text, own: scanner.model_view(analysis, own, candidates, text)
    )
    floor = scanner.config.thresholds.review
    rows = []
    for focus in judged:
        row = {
            "section": focus.section.where if focus.section else "whole document",
            "chars": (focus.section.end - focus.section.start) if focus.section else len(analysis.text),
            "rules": round(focus.scores.best[1], 4),
            "model": round(focus.model.flag, 4) if focus.model else None,
            "combined": round(focus.combined, 4),
        }
        if focus.quiet:
            # weighed only when the rules alone reach the review threshold (`most_severe`)
            row["counted"] = focus.scores.best[1] >= floor
        rows.append(row)
    return rows
