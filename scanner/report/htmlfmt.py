"""`--format html`: one self-contained audit report an auditor can hand to management.

Everything is in the one file (styles, the small sorting and filtering script, the charts as
CSS bars); a Content-Security-Policy forbids the page any network access. The table is
written as HTML, so the report reads without its script too; the script only sorts (click a
column head) and filters (verdict, and text over path, stages and codes). `#verdict=controlled`
or `#q=magnet` in the address pre-sets the filters.

Contents: the scan's metadata (scanner, lexicon and model versions and digests, time, roots,
options, thresholds, limits), counts by verdict, stage, clause and file type, the folders with
the most flagged files, the table of files with each one's evidence (masked with `--redact`),
and the files not read, with why."""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import PurePosixPath
from typing import Any, TextIO

from scanner import __version__
from scanner.report.controls import escaped
from scanner.report.info import ScanInfo
from scanner.report.members import Members
from scanner.report.redact import redact as redact_verdict
from scanner.report.spool import TextSpool
from scanner.report.summary import Summary, unread_reason
from scanner.report.text import path_line, waiver_line
from scanner.types import CATEGORIES, CONTROL_CODES, Verdict, shown_score

ORDER = ("controlled", "review", "error", "excluded", "clear")
COLOURS = {
    "controlled": "#c62828",
    "review": "#ef6c00",
    "error": "#6a1b9a",
    "excluded": "#1565c0",
    "clear": "#2e7d32",
}

_STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
margin:0 2em 3em;color:#222}
h1{font-size:1.5em;margin:.8em 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .4em;border-bottom:1px solid #ddd}
table{border-collapse:collapse}td,th{padding:.25em .6em;border-bottom:1px solid #eee;text-align:left;
vertical-align:top}th{background:#f5f5f5;position:sticky;top:0}
#files th{cursor:pointer;user-select:none}#files th:after{content:" \\2195";color:#aaa}
.v{font-weight:600;padding:0 .4em;border-radius:3px;color:#fff;white-space:nowrap}
.bar{height:1em;display:inline-block;vertical-align:middle;min-width:1px}
.grid{display:flex;flex-wrap:wrap;gap:2.5em}.meta td:first-child{color:#666}
details{margin:.2em 0}summary{cursor:pointer;color:#1565c0}code,.snip{font-family:ui-monospace,Menlo,
Consolas,monospace;font-size:.92em}.snip{color:#555}.filters{margin:.6em 0;display:flex;gap:1em}
.muted{color:#777}
.warn{color:#8a4b00;background:#fff4e0;padding:.4em .6em;border-left:4px solid #d98200}
"""

_SCRIPT = """
(function(){
  var table=document.getElementById('files'), body=table.tBodies[0];
  var rows=Array.prototype.slice.call(body.rows);
  var q=document.getElementById('q'), v=document.getElementById('verdict');
  var n=document.getElementById('shown');
  function apply(){
    var text=q.value.toLowerCase(), want=v.value, shown=0;
    rows.forEach(function(r){
      var ok=(!want||r.dataset.verdict===want)&&(!text||r.dataset.search.indexOf(text)>=0);
      r.hidden=!ok; if(ok){shown++;}
    });
    n.textContent=shown;
  }
  var hash=new URLSearchParams(location.hash.slice(1));
  if(hash.get('verdict')){v.value=hash.get('verdict');}
  if(hash.get('q')){q.value=hash.get('q');}
  q.addEventListener('input',apply); v.addEventListener('change',apply);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=th.dataset.asc!=='1'; th.dataset.asc=asc?'1':'0';
      rows.sort(function(a,b){
        var x=a.cells[i].dataset.key||a.cells[i].textContent;
        var y=b.cells[i].dataset.key||b.cells[i].textContent;
        var nx=parseFloat(x), ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
"""


def _e(value: Any) -> str:
    # control characters a file's text carries into a snippet: their escapes (`controls.py`)
    return html.escape(escaped(str(value)), quote=True)


def _badge(verdict: str) -> str:
    return f'<span class="v" style="background:{COLOURS.get(verdict, "#555")}">{_e(verdict)}</span>'


def _bars(counts: Counter, keys: list[str] | None = None, colour: str = "#607d8b") -> str:
    keys = keys if keys is not None else [k for k, _ in counts.most_common()]
    top = max([counts[k] for k in keys] + [1])
    rows = []
    for k in keys:
        width = 240 * counts[k] / top
        fill = COLOURS.get(k, colour)
        rows.append(
            f'<tr><td>{_e(k)}</td><td><span class="bar" style="width:{width:.0f}px;'
            f'background:{fill}"></span> {counts[k]}</td></tr>'
        )
    return "<table>" + "".join(rows) + "</table>"


class HtmlReporter:
    """Each file's row is written out as HTML when its verdict arrives and kept as text in a
    temporary file (`spool.TextSpool`), with only its sort key and place in memory, beside
    running counts: a sweep of hundreds of thousands of files holds neither its verdicts (their
    evidence and reasons) nor their rows until the report is written."""

    def __init__(self, out: TextIO, info: ScanInfo | None = None, redact: bool = False) -> None:
        self.out = out
        self.info = info
        self.redact = redact
        #: the rows, as text
        self._spool = TextSpool()
        #: each file's table row: its sort key (verdict, highest score first, path) and its place
        self._rows: list[tuple[tuple[int, float, str], tuple[int, int]]] = []
        #: the places of the rows of files not read, or not completely, in the order they came
        self._unread_rows: list[tuple[int, int]] = []
        # files as found on disk (a container member counts in its container's verdict)
        self._files = 0
        self._flagged = 0
        self._waived = 0
        self._by_verdict: Counter[str] = Counter()
        self._by_stage: Counter[str] = Counter()
        self._by_clause: Counter[str] = Counter()
        self._by_type: Counter[str] = Counter()
        self._folders: Counter[str] = Counter()
        self._members = Members()

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        if self.redact:
            v = redact_verdict(v)
        self._rows.append(((ORDER.index(v.verdict), -v.score, v.path), self._spool.add(self._row(v))))
        why = v.error if v.verdict == "error" else unread_reason(v)
        if why:
            self._unread_rows.append(
                self._spool.add(
                    f"<tr><td><code>{_e(path_line(v.path))}</code></td><td>{_badge(v.verdict)}</td>"
                    f"<td>{_e(why)}</td></tr>"
                )
            )
        if self._members.container_of(v) is not None:
            return  # a member: counted with its container
        self._files += 1
        self._by_verdict[v.verdict] += 1
        self._by_type[v.file_type or "unknown"] += 1
        if v.verdict in ("controlled", "review", "excluded"):
            self._by_stage.update(v.categories)
        if v.verdict == "controlled":
            self._by_clause.update(v.control_codes)
        if v.verdict in ("controlled", "review") and v.waiver is not None:
            self._waived += 1  # accepted: shown, and counted apart from what fails the scan
        elif v.verdict in ("controlled", "review"):
            self._flagged += 1
            # paths are POSIX: a backslash is part of a name (x\\y.md), and ends no folder
            self._folders[str(PurePosixPath(v.path).parent)] += 1

    # ---------------------------------------------------------------------------------------

    def _metadata(self, summary: Summary) -> str:
        info = self.info.done().to_dict() if self.info is not None else {"version": __version__}
        rows = [
            ("scanner", f"re-export-scanner {info.get('version', __version__)}"),
            ("lexicons", info.get("lexicon_digest", "")),
            ("model", info.get("model_digest") or ("none (rules only)" if "model_used" in info else "")),
            ("started", info.get("started", "")),
            ("finished", info.get("finished", "")),
            ("host", info.get("host", "")),
            ("roots", ", ".join(info.get("roots", []))),
            ("thresholds", json.dumps(info.get("thresholds", {}))),
            ("options", json.dumps(info.get("options", {}), ensure_ascii=False)),
            ("redacted", "yes: values and snippets masked" if self.redact else "no"),
            ("duration", "not recorded" if summary.seconds is None else f"{summary.seconds:.1f} s"),
        ]
        if summary.interrupted:
            rows.append(("interrupted", "yes: the counts are of the files done before the scan was stopped"))
        if not summary.recorded:
            shown = "not recorded (a saved JSON Lines scan keeps no summary, nor whether it was stopped)"
        else:
            shown = summary.left_out_reasons() or "none"
        rows.append(("left out (not scanned)", shown))
        for warning in info.get("warnings", []):
            rows.append(("warning", warning))
        return (
            '<table class="meta">'
            + "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )

    def _counts(self) -> str:
        by_stage, by_clause = self._by_stage, self._by_clause
        blocks = [
            ("by verdict", _bars(self._by_verdict, list(ORDER))),
            (
                "by stage (flagged and excluded files)",
                _bars(by_stage, [c for c in CATEGORIES if by_stage[c]]),
            ),
            ("by clause (controlled files)", _bars(by_clause, [c for c in CONTROL_CODES if by_clause[c]])),
            ("by file type", _bars(self._by_type)),
        ]
        return '<div class="grid">' + "".join(f"<div><h3>{_e(t)}</h3>{b}</div>" for t, b in blocks) + "</div>"

    def _folders_table(self) -> str:
        if not self._folders:
            return '<p class="muted">No file was flagged.</p>'
        rows = "".join(
            f"<tr><td><code>{_e(path_line(f))}</code></td><td>{n}</td></tr>"
            for f, n in self._folders.most_common(10)
        )
        return f"<table><tr><th>folder</th><th>flagged files</th></tr>{rows}</table>"

    def _evidence(self, v: Verdict) -> str:
        parts = []
        if v.reasons:
            parts.append("<ul>" + "".join(f"<li>{_e(r)}</li>" for r in v.reasons) + "</ul>")
        if v.evidence:
            items = "".join(
                f"<tr><td>{_e(e.text)}</td><td>{_e(e.category)}</td><td>{_e(e.location)}</td>"
                f'<td class="snip">{_e(e.snippet)}</td></tr>'
                for e in v.evidence
            )
            parts.append(
                f"<table><tr><th>term</th><th>what</th><th>where</th><th>snippet</th></tr>{items}</table>"
            )
        if v.exclusion is not None:
            parts.append(f"<p>excluded: {_e(v.exclusion.reason)}</p>")
        if not parts:
            return ""
        return "<details><summary>evidence</summary>" + "".join(parts) + "</details>"

    def _row(self, v: Verdict) -> str:
        words = [path_line(v.path), *v.categories, *v.control_codes, v.verdict, v.file_type or ""]
        search = " ".join(words).lower()
        waived = f' <span class="muted">waived: {_e(waiver_line(v.waiver))}</span>' if v.waiver else ""
        return (
            f'<tr data-verdict="{_e(v.verdict)}" data-search="{_e(search)}">'
            f'<td data-key="{ORDER.index(v.verdict)}">{_badge(v.verdict)}</td>'
            f"<td><code>{_e(path_line(v.path))}</code>{waived}{self._evidence(v)}</td>"
            f"<td>{_e(', '.join(v.control_codes))}</td><td>{_e(', '.join(v.categories))}</td>"
            f"<td>{_e(', '.join(v.magnet_types))}</td><td>{_e(v.carrier)}</td>"
            f'<td data-key="{v.score:.4f}">{shown_score(v.score)}</td><td>{_e(v.file_type or "")}</td></tr>'
        )

    def _write_table(self) -> None:
        """The table of files, written row by row (the page is never one string)."""
        self._rows.sort(key=lambda row: row[0])
        n = len(self._rows)
        options = "".join(f'<option value="{k}">{k}</option>' for k in ORDER)
        self.out.write(
            '<div class="filters"><label>verdict <select id="verdict"><option value="">all</option>'
            f"{options}</select></label><label>search "
            '<input id="q" type="search" placeholder="path, stage, code"></label>'
            f'<span class="muted"><span id="shown">{n}</span> of {n} shown</span></div>'
            '<table id="files"><thead><tr><th>verdict</th><th>file</th><th>codes</th><th>stages</th>'
            "<th>magnet</th><th>carrier</th><th>score</th><th>type</th></tr></thead><tbody>"
        )
        for _, place in self._rows:
            self.out.write(self._spool.read(place))
        self.out.write("</tbody></table>")

    def _write_unread(self) -> None:
        if not self._unread_rows:
            self.out.write('<p class="muted">Every file was read in full.</p>')
            return
        self.out.write("<table><tr><th>file</th><th>verdict</th><th>why</th></tr>")
        for place in self._unread_rows:
            self.out.write(self._spool.read(place))
        self.out.write("</table>")

    def _counted_as(self, summary: Summary) -> str:
        """What the counts count: the files scanned; the members of archives and e-mails are
        entries of the table, counted with the file that holds them. The other reports' summary
        (text, JSON, SARIF, XLSX) counts every entry: those figures are given too, so that two
        reports of one scan never seem to disagree."""
        entries = len(self._rows)
        if entries == self._files:
            return ""
        members = entries - self._files
        every = ", ".join(f"{summary.counts[v]} {v}" for v in ORDER if summary.counts[v])
        return (
            f"Counts are of the {self._files} files scanned; the table lists {entries} entries, "
            f"with the {members} members of archives, e-mails and embedding documents. Counting "
            f"every entry, as the text, JSON, SARIF and XLSX summaries do: {every}."
        )

    def _left_out(self, summary: Summary) -> str:
        """Paths the scan left out (patterns, an ignore file, hidden files, limits): said at the
        top, since a sweep that read nothing must not look clean."""
        if not summary.left_out:
            return ""
        reasons = summary.left_out_reasons()
        return f'<p class="warn">{summary.left_out} paths were left out and not scanned: {_e(reasons)}.</p>'

    def finish(self, summary: Summary) -> None:
        title = f"1E902 export-control scan: {self._flagged} of {self._files} files flagged"
        if self._waived:
            title += f" ({self._waived} more waived)"
        if summary.left_out:
            title += f", {summary.left_out} paths left out"
        self.out.write(
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{_e(title)}</h1>"
            '<p class="muted">MOFCOM Announcement 2025 No. 62, control code 1E902. Exit code '
            f"{_exit_code(summary)}. {_e(self._counted_as(summary))}</p>"
            f"{self._left_out(summary)}"
            f"<h2>Scan</h2>{self._metadata(summary)}"
            f"<h2>Counts</h2>{self._counts()}"
            f"<h2>Folders with the most flagged files</h2>{self._folders_table()}"
            "<h2>Files</h2>"
        )
        self._write_table()
        self.out.write("<h2>Not read, or not completely</h2>")
        self._write_unread()
        self.out.write(f"<script>{_SCRIPT}</script></body></html>\n")
        self._spool.close()


def _exit_code(summary: Summary) -> str:
    code = summary.recorded_exit_code()
    return "not recorded (the scan was stopped)" if code is None else str(code)
