#include "reports/html_report.h"

#include <algorithm>
#include <map>
#include <set>

#include "reports/findings_json.h"

namespace consentflow {
namespace {

std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

constexpr const char* kStyle = R"(
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC",system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1f3b57;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}
.counts span{display:inline-block;margin-right:16px;font-weight:bold}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;padding:16px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;overflow:auto}
#diagram{grid-column:1/3}#diagram svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #eee;padding:6px;text-align:left;vertical-align:top}
tr.finding{cursor:pointer}tr.finding:hover{background:#f0f6ff}
.sev{font-weight:bold;text-transform:uppercase;font-size:11px;padding:2px 6px;border-radius:3px;color:#fff}
.sev.error{background:#c0392b}.sev.warning{background:#d68910}.sev.note{background:#5d6d7e}
#text{white-space:pre-wrap;font-size:13px;line-height:1.6;max-height:80vh}
mark{background:#fff3b0;border-radius:2px}mark.flash{animation:flash 1.2s ease 2}
@keyframes flash{50%{background:#ff9f43}}
.filters label{margin-right:12px;font-size:13px}
)";

constexpr const char* kScript = R"(
function applyFilters(){
  var severities=[].slice.call(document.querySelectorAll('input.severity:checked')).map(function(e){return e.value;});
  var pack=document.getElementById('pack').value;
  document.querySelectorAll('tr.finding').forEach(function(row){
    var shown=severities.indexOf(row.dataset.severity)>=0&&(pack===''||row.dataset.pack===pack);
    row.style.display=shown?'':'none';
  });
}
document.querySelectorAll('input.severity,#pack').forEach(function(e){e.addEventListener('change',applyFilters);});
document.querySelectorAll('tr.finding').forEach(function(row){
  row.addEventListener('click',function(){
    var mark=document.getElementById(row.dataset.evidence);
    if(!mark)return;
    mark.scrollIntoView({behavior:'smooth',block:'center'});
    mark.classList.remove('flash');void mark.offsetWidth;mark.classList.add('flash');
  });
});
)";

// The SVG element alone: the XML prolog and doctype are not valid inside HTML.
std::string inline_svg(const std::string& svg) {
  const std::size_t start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

}  // namespace

void write_html_report(std::ostream& out, const std::vector<const Analysis*>& sources,
                       const std::vector<Finding>& findings, const std::vector<CheckInfo>& checks,
                       const std::string& diagram_svg) {
  std::map<std::string, std::string> pack_of;
  std::set<std::string> packs;
  for (const CheckInfo& info : checks) {
    pack_of[info.id] = info.pack;
    packs.insert(info.pack);
  }
  // Evidence spans of the main file, each highlighted once (overlaps join the earlier mark).
  std::map<Span, int> marks;
  for (const Finding& finding : findings)
    for (const Evidence& evidence : finding.evidence)
      if (evidence.source == 0 && !evidence.span.empty()) marks.emplace(evidence.span, 0);
  std::vector<std::pair<Span, int>> placed;
  int next_id = 0;
  for (auto& [span, id] : marks) {
    if (!placed.empty() && span.begin < placed.back().first.end) {
      id = placed.back().second;
      continue;
    }
    id = next_id++;
    placed.emplace_back(span, id);
  }
  const FindingCounts counts = count_findings(findings);
  const std::string title = sources.empty() ? "consentflow" : sources.front()->file;

  out << "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>consentflow: "
      << html_escaped(title) << "</title><style>" << kStyle << "</style></head><body>\n";
  out << "<header><h1>consentflow — " << html_escaped(title) << "</h1><div class=\"counts\"><span id=\"count-errors\">"
      << counts.errors << " errors</span><span>" << counts.warnings << " warnings</span><span>" << counts.notes
      << " notes</span></div></header>\n<main>\n";
  out << "<section id=\"diagram\"><h2>数据流 Data flows</h2>" << inline_svg(diagram_svg) << "</section>\n";
  out << "<section id=\"findings\"><h2>发现 Findings</h2><div class=\"filters\">";
  for (const char* severity : {"error", "warning", "note"})
    out << "<label><input type=\"checkbox\" class=\"severity\" value=\"" << severity << "\" checked> " << severity
        << "</label>";
  out << "<label>pack <select id=\"pack\"><option value=\"\">all</option>";
  for (const std::string& pack : packs) out << "<option>" << html_escaped(pack) << "</option>";
  out << "</select></label></div>\n<table><thead><tr><th>severity</th><th>check</th><th>message</th></tr></thead><tbody>\n";
  for (const Finding& finding : findings) {
    std::string target;
    for (const Evidence& evidence : finding.evidence)
      if (evidence.source == 0 && marks.count(evidence.span)) {
        target = "ev-" + std::to_string(marks.at(evidence.span));
        break;
      }
    const std::string severity = to_string(finding.severity);
    out << "<tr class=\"finding\" data-severity=\"" << severity << "\" data-pack=\"" << html_escaped(pack_of[finding.check])
        << "\" data-evidence=\"" << target << "\"><td><span class=\"sev " << severity << "\">" << severity
        << "</span></td><td><code>" << html_escaped(finding.check) << "</code><br><small>";
    for (std::size_t i = 0; i < finding.refs.size(); ++i) out << (i ? ", " : "") << html_escaped(finding.refs[i]);
    out << "</small></td><td>" << html_escaped(finding.message_zh) << "<br><small>" << html_escaped(finding.message_en)
        << "</small></td></tr>\n";
  }
  out << "</tbody></table></section>\n<section><h2>政策原文 Policy text</h2><div id=\"text\">";
  if (!sources.empty()) {
    const SourceText& source = sources.front()->source;
    int32_t at = 0;
    for (const auto& [span, id] : placed) {
      out << html_escaped(source.slice({at, span.begin})) << "<mark id=\"ev-" << id << "\">"
          << html_escaped(source.slice(span)) << "</mark>";
      at = span.end;
    }
    out << html_escaped(source.slice({at, source.size()}));
  }
  out << "</div></section>\n</main>\n<script>" << kScript << "</script>\n</body></html>\n";
}

}  // namespace consentflow
