// The terms pack: unfair user-agreement terms (CLAUDETTE categories and their
// Chinese wording). Every check has the same shape (CueSentenceCheck), so the
// pack is one table: a row per check, with its cue lists from terms_cues.yaml.
#include "checks/registry.h"
#include "checks/cue_sentence_check.h"

namespace consentflow {
namespace {

struct TermRule {
  const char* id;
  Severity severity;
  std::vector<std::string> refs;
  const char* summary_zh;
  const char* summary_en;
  SentenceCues cues;
};

const std::vector<TermRule>& term_rules() {
  static const std::vector<TermRule> rules = {
      {"terms-account-risk-on-user", Severity::Warning, {"CL-ltd"},
       "账号的一切风险和责任由用户承担",
       "The user bears all risk and liability for the account",
       {{"account_risk_on_user"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-arbitration", Severity::Warning, {"CL-a"},
       "争议须提交仲裁",
       "Disputes must go to arbitration",
       {{"arbitration"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-choice-of-law", Severity::Note, {"CL-law"},
       "协议指定适用法律",
       "The agreement chooses the governing law",
       {{"choice_of_law"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-commercial-use-of-user-data", Severity::Warning, {"PIPL-6", "GB-7.3"},
       "服务方保留对用户数据的商业利用",
       "The provider reserves commercial use of the user database",
       {{"commercial_use_of_user_data"}, {"prohibition"}, {}, {DocumentKind::Agreement}}},
      {"terms-content-removal", Severity::Warning, {"CL-cr"},
       "服务方可不经通知删除用户内容",
       "The provider may remove user content at its discretion",
       {{"content_removal"}, {"user_may_not_remove", "data_lifecycle_terms"}, {}, {DocumentKind::Agreement}}},
      {"terms-contract-by-using", Severity::Warning, {"CL-use", "PIPL-14", "AM-3.4"},
       "以使用行为视为接受协议",
       "Using the service is deemed acceptance of the terms",
       {{"contract_by_using"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-jurisdiction", Severity::Note, {"CL-j"},
       "争议由服务方选定的法院管辖",
       "Disputes go to a court chosen by the provider",
       {{"jurisdiction"}, {"statutory_forum"}, {}, {DocumentKind::Agreement}}},
      {"terms-limitation-of-liability", Severity::Warning, {"CL-ltd"},
       "服务方限制或免除自身责任",
       "The provider limits or excludes its liability",
       {{"liability_exclusion"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-no-content-review-duty", Severity::Note, {"CL-ltd"},
       "服务方声明不负内容审查义务",
       "The provider disclaims any duty to review content",
       {{"no_review_duty"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-perpetual-content-licence", Severity::Warning, {"CL-cr"},
       "用户内容被授予永久、不可撤销或可转授权的许可",
       "User content is licensed perpetually, irrevocably or with a right to sublicense",
       {{"perpetual_content_licence"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-privacy-policy-by-reference", Severity::Note, {"CL-pinc", "PIPL-14"},
       "隐私政策以引用方式并入协议，同意协议即视为同意隐私政策",
       "The privacy policy is included by reference, so accepting the terms accepts it",
       {{"policy_by_reference", "privacy_policy_names"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-registration-data-sharing", Severity::Error, {"PIPL-23", "AM-5.1", "GB-9.2"},
       "向第三方提供用户注册资料而未征得同意",
       "Registration data is provided to third parties without consent",
       {{"registration_data_sharing"}, {"consent_prior", "consent_separate", "consent_explicit"}, {}, {DocumentKind::Agreement}}},
      {"terms-unilateral-change", Severity::Warning, {"CL-ch", "PIPL-14"},
       "协议允许服务方单方随时修改条款",
       "The agreement lets the provider change its terms unilaterally",
       {{"unilateral_change"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-unilateral-termination", Severity::Warning, {"CL-ter"},
       "服务方可单方中止或终止服务、封禁账号",
       "The provider may suspend or terminate the service or account unilaterally",
       {{"unilateral_termination"}, {}, {}, {DocumentKind::Agreement}}},
      {"terms-unsolicited-messages", Severity::Warning, {"AM-3.6", "GB-7.4"},
       "向用户发送商业性信息而未提供退订方式",
       "Commercial messages are sent without an opt-out",
       {{"unsolicited_messages"}, {"not_commercial_messages"}, {"opt_out"}, {DocumentKind::Agreement, DocumentKind::PrivacyPolicy}}},
  };
  return rules;
}

}  // namespace

void add_terms_checks(CheckList& checks) {
  for (const TermRule& rule : term_rules()) {
    CheckInfo info{rule.id, "terms", rule.severity, rule.refs, rule.summary_zh, rule.summary_en,
                   std::string("docs/checks/") + rule.id + ".md"};
    checks.push_back(std::make_unique<CueSentenceCheck>(std::move(info), rule.cues));
  }
}

}  // namespace consentflow
