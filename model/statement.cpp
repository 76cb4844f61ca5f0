#include "model/statement.h"

namespace consentflow {

std::string to_string(StatementKind kind) {
  switch (kind) {
    case StatementKind::Retention: return "retention";
    case StatementKind::Right: return "right";
    case StatementKind::Contact: return "contact";
    case StatementKind::Children: return "children";
    case StatementKind::PolicyChange: return "policy_change";
    case StatementKind::CrossBorder: return "cross_border";
    case StatementKind::Security: return "security";
    case StatementKind::Anonymisation: return "anonymisation";
    case StatementKind::Cookie: return "cookie";
  }
  return "retention";
}

bool states_a_transfer(const Statement& statement) {
  return statement.kind == StatementKind::CrossBorder &&
         (statement.detail == "generic" || statement.detail == "mechanism");
}

}  // namespace consentflow
