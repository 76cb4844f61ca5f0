#include "extract/notice_elements.h"

namespace consentflow {
namespace {

bool is_data_subject_right(const std::string& detail) {
  return detail == "access" || detail == "correct" || detail == "delete" || detail == "cancel_account" ||
         detail == "copy";
}

}  // namespace

std::set<std::string> notice_elements(const Analysis& analysis) {
  std::set<std::string> elements;
  for (const Statement& statement : analysis.statements) {
    switch (statement.kind) {
      case StatementKind::Right:
        if (is_data_subject_right(statement.detail)) elements.insert("rights");
        if (statement.detail == "withdraw") elements.insert("withdrawal");
        break;
      case StatementKind::Retention: elements.insert("retention"); break;
      case StatementKind::Children: elements.insert("children"); break;
      case StatementKind::CrossBorder:
        if (statement.detail != "localisation") elements.insert("cross_border");
        break;
      case StatementKind::Contact:
        if (statement.detail != "generic") elements.insert("contact");
        break;
      case StatementKind::Cookie: elements.insert("cookies"); break;
      case StatementKind::PolicyChange:
      case StatementKind::Security:
      case StatementKind::Anonymisation: break;
    }
  }
  for (const Practice& practice : analysis.practices) {
    if (practice.action == Action::Cookie && !practice.negated) elements.insert("cookies");
  }
  return elements;
}

}  // namespace consentflow
